"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { action, formInput, withValues } from "@/lib/server/actions/action";
import { createCustomFigure } from "@/lib/server/figures/create-custom-figure";
import { createCustomFigureInput, type CreateCustomFigureResult } from "@/lib/server/figures/create-custom-figure.schema";
import { onCustomFigure, onOwnFigures } from "@/lib/server/figures/may-manage";
import { removeCustomFigure } from "@/lib/server/figures/remove-custom-figure";
import { removeCustomFigureInput, type RemoveCustomFigureResult } from "@/lib/server/figures/remove-custom-figure.schema";
import { updateCustomFigure } from "@/lib/server/figures/update-custom-figure";
import { updateCustomFigureInput, type UpdateCustomFigureResult } from "@/lib/server/figures/update-custom-figure.schema";

/* The custom figure forms: an organization's own administrators define its figures. */

const create = action(createCustomFigureInput, onOwnFigures, async (input, admin) => {
  const result = await createCustomFigure(db(), admin, admin.organizationId, input);
  if (result.ok) revalidatePath("/admin/figures");
  return result;
});

export async function createFigureAction(_prev: unknown, form: unknown): Promise<CreateCustomFigureResult> {
  return withValues(await create(formInput(form)), form);
}

const update = action(updateCustomFigureInput, onCustomFigure("update"), async (input, admin): Promise<UpdateCustomFigureResult> => {
  const result = await updateCustomFigure(db(), admin, input);
  if (result.ok) {
    revalidatePath("/admin/figures");
    redirect("/admin/figures");
  }
  return result;
});

export async function updateFigureAction(_prev: unknown, form: unknown): Promise<UpdateCustomFigureResult> {
  return withValues(await update(formInput(form)), form);
}

const remove = action(removeCustomFigureInput, onCustomFigure("remove"), async (input, admin) => {
  const result = await removeCustomFigure(db(), admin, input);
  if (result.ok) revalidatePath("/admin/figures");
  return result;
});

export async function removeFigureAction(_prev: unknown, form: unknown): Promise<RemoveCustomFigureResult> {
  return remove(formInput(form));
}

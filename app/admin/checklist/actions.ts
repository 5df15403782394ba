"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, withValues, type Authorize } from "@/lib/server/actions/action";
import { refuse } from "@/lib/server/actions/action.schema";
import { addChecklistItem } from "@/lib/server/checklist/add-checklist-item";
import { removeChecklistItem } from "@/lib/server/checklist/remove-checklist-item";
import { addChecklistItemInput, removeChecklistItemInput, type AddChecklistItemResult, type RemoveChecklistItemResult } from "@/lib/server/checklist/checklist.schema";

/* 报告事项清单: an organization's own administrators set what its units' reports must cover. */

const adminsOnly: Authorize<unknown> = async (actor) => (actor.role === "admin" ? null : refuse("forbidden", "只有本单位的管理员可以设置报告事项清单"));

const add = action(addChecklistItemInput, adminsOnly, async (input, admin) => {
  const result = await addChecklistItem(db(), admin, input);
  if (result.ok) revalidatePath("/admin/checklist");
  return result;
});

export async function addChecklistItemAction(_prev: unknown, form: unknown): Promise<AddChecklistItemResult> {
  return withValues(await add(formInput(form)), form);
}

const remove = action(removeChecklistItemInput, adminsOnly, async (input, admin) => {
  const result = await removeChecklistItem(db(), admin, input);
  if (result.ok) revalidatePath("/admin/checklist");
  return result;
});

export async function removeChecklistItemAction(_prev: unknown, form: unknown): Promise<RemoveChecklistItemResult> {
  return remove(formInput(form));
}

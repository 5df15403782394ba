"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/access/roles";
import { isAdmin } from "@/lib/access/permissions";
import { db } from "@/lib/server/db";
import { currentActor, REFUSALS } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";
import { createCustomFigure } from "@/lib/server/figures/create-custom-figure";
import type { CustomFigureResult } from "@/lib/server/figures/may-manage";
import { removeCustomFigure } from "@/lib/server/figures/remove-custom-figure";
import { updateCustomFigure } from "@/lib/server/figures/update-custom-figure";
import type { FigureFormState, FigureFormValues } from "./form-state";

// Form fields arrive as strings, files or nothing; only strings are read, so no input can make these throw.
const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

function valuesOf(form: FormData): FigureFormValues {
  return {
    label: text(form, "label"),
    unit: text(form, "unit"),
    topic: text(form, "topic"),
    newTopic: text(form, "newTopic"),
    kind: text(form, "kind"),
    position: text(form, "position"),
    sumOf: form.getAll("sumOf").filter((v): v is string => typeof v === "string"),
  };
}

/** Signed in as an administrator, or the refusal to show; the server functions then check the organization. */
async function asAdmin(values: FigureFormValues, run: (admin: Actor) => Promise<CustomFigureResult>): Promise<FigureFormState> {
  const actor = await currentActor();
  if (!actor) return { status: "refused", errors: { form: REFUSALS.unauthenticated.message }, values };
  if (!isAdmin(actor)) {
    await recordEvent(db(), { action: "forbidden", actor, detail: "custom figure form" });
    return { status: "refused", errors: { form: REFUSALS.forbidden.message }, values };
  }
  const result = await run(actor);
  if (result.status === "ok") {
    revalidatePath("/admin/figures");
    return { status: "ok", errors: {}, values };
  }
  if (result.status === "invalid") {
    const errors: Record<string, string> = {};
    // "sumOf.3" (one chosen id) shows on the sum's field.
    for (const issue of result.issues) errors[issue.path.split(".")[0] || "form"] ??= issue.message;
    return { status: "invalid", errors, values };
  }
  return { status: "refused", errors: { form: result.message }, values };
}

const input = (v: FigureFormValues) => ({ ...v, position: v.position.trim() === "" ? undefined : v.position });

export async function createFigureAction(_prev: FigureFormState, form: FormData): Promise<FigureFormState> {
  const values = valuesOf(form);
  const state = await asAdmin(values, (admin) => createCustomFigure(db(), admin, admin.organizationId, input(values)));
  // A new figure's form starts empty again; the list above shows what was added.
  return state.status === "ok" ? { ...state, values: { ...values, label: "", unit: "", sumOf: [], position: "" } } : state;
}

export async function updateFigureAction(_prev: FigureFormState, form: FormData): Promise<FigureFormState> {
  const values = valuesOf(form);
  const state = await asAdmin(values, (admin) => updateCustomFigure(db(), admin, text(form, "id"), input(values)));
  if (state.status === "ok") redirect("/admin/figures");
  return state;
}

export async function removeFigureAction(_prev: FigureFormState, form: FormData): Promise<FigureFormState> {
  const values = valuesOf(form);
  return asAdmin(values, (admin) => removeCustomFigure(db(), admin, text(form, "id")));
}

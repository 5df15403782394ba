"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { currentActor, REFUSALS } from "@/lib/server/auth/current-actor";
import { isAdmin } from "@/lib/access/permissions";
import { recordEvent } from "@/lib/server/audit/record-event";
import { createUser } from "@/lib/server/users/manage-users";
import { createOrganization } from "@/lib/server/organizations/manage-organizations";

export type AdminFormState = { status: "idle" | "ok" | "invalid" | "refused"; errors: Record<string, string>; values: Record<string, string> };

const valuesOf = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && k !== "password" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]));

async function asAdmin(form: FormData, run: (admin: NonNullable<Awaited<ReturnType<typeof currentActor>>>) => Promise<{ status: "ok" } | { status: "invalid"; issues: { path: string; message: string }[] }>): Promise<AdminFormState> {
  const values = valuesOf(form);
  const actor = await currentActor();
  if (!actor) return { status: "refused", errors: { form: REFUSALS.unauthenticated.message }, values };
  if (!isAdmin(actor)) {
    await recordEvent(db(), { action: "forbidden", actor, detail: "admin form" });
    return { status: "refused", errors: { form: REFUSALS.forbidden.message }, values };
  }
  const result = await run(actor);
  if (result.status === "ok") {
    revalidatePath("/admin");
    return { status: "ok", errors: {}, values: {} };
  }
  return { status: "invalid", errors: Object.fromEntries(result.issues.map((i) => [i.path, i.message])), values };
}

export async function createUserAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asAdmin(form, (admin) =>
    createUser(db(), admin, {
      username: form.get("username"),
      displayName: form.get("displayName"),
      role: form.get("role"),
      organizationId: form.get("organizationId"),
      password: form.get("password"),
    }),
  );
}

export async function createOrganizationAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asAdmin(form, (admin) =>
    createOrganization(db(), admin, {
      name: form.get("name"),
      shortName: form.get("shortName"),
      parentId: form.get("parentId") ?? "",
      reportDue: form.get("reportDue") || undefined,
      publishDue: form.get("publishDue") || undefined,
    }),
  );
}

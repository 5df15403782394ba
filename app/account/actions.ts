"use server";
import { db } from "@/lib/server/db";
import { currentActor, REFUSALS } from "@/lib/server/auth/current-actor";
import { changePassword } from "@/lib/server/users/manage-users";

export type PasswordState = { status: "idle" | "ok" | "invalid" | "unauthenticated"; errors: Record<string, string> };

export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const actor = await currentActor();
  if (!actor) return { status: "unauthenticated", errors: { current: REFUSALS.unauthenticated.message } };
  const result = await changePassword(db(), actor, {
    current: String(form.get("current") ?? ""),
    next: String(form.get("next") ?? ""),
    repeat: String(form.get("repeat") ?? ""),
  });
  if (result.status === "ok") return { status: "ok", errors: {} };
  return { status: "invalid", errors: Object.fromEntries(result.issues.map((i) => [i.path, i.message])) };
}

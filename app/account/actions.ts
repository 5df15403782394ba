"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { z } from "@/lib/report/zod";
import { action, formInput, signedIn } from "@/lib/server/actions/action";
import { SESSION_COOKIE } from "@/lib/server/auth/sessions";
import { endMyOtherSessions } from "@/lib/server/auth/end-other-sessions";
import { changePassword } from "@/lib/server/users/change-password";
import { changePasswordInput, type ChangePasswordResult } from "@/lib/server/users/change-password.schema";

const currentToken = async () => (await cookies()).get(SESSION_COOKIE)?.value;

const change = action(changePasswordInput, signedIn, async (input, actor) => {
  const result = await changePassword(db(), actor, input, await currentToken());
  if (result.ok) revalidatePath("/", "layout");
  // After a change the administrator required, the person goes on to the home page.
  if (result.ok && actor.mustChangePassword) redirect("/");
  return result;
});

export async function changePasswordAction(_prev: unknown, form: unknown): Promise<ChangePasswordResult> {
  return change(formInput(form));
}

const endOthers = action(z.object({}), signedIn, async (_input, actor) => {
  const result = await endMyOtherSessions(db(), actor, await currentToken());
  revalidatePath("/account");
  return result;
});

/** 结束其他会话: a plain form button, so it works without JavaScript; the list shows what is left. */
export async function endOtherSessionsAction(form: FormData): Promise<void> {
  await endOthers(formInput(form));
}

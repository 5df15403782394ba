"use server";
import { db } from "@/lib/server/db";
import { action, formInput, signedIn } from "@/lib/server/actions/action";
import { changePassword } from "@/lib/server/users/change-password";
import { changePasswordInput, type ChangePasswordResult } from "@/lib/server/users/change-password.schema";

const change = action(changePasswordInput, signedIn, (input, actor) => changePassword(db(), actor, input));

export async function changePasswordAction(_prev: unknown, form: unknown): Promise<ChangePasswordResult> {
  return change(formInput(form));
}

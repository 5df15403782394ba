"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, asAdmin, formInput, withValues } from "@/lib/server/actions/action";
import { asAdminOf } from "@/lib/server/organizations/admin-scope";
import { createUser } from "@/lib/server/users/create-user";
import { createUserInput, type CreateUserResult } from "@/lib/server/users/create-user.schema";
import { unlockUser } from "@/lib/server/users/unlock-user";
import { unlockUserInput } from "@/lib/server/users/unlock-user.schema";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { createOrganizationInput, type CreateOrganizationResult } from "@/lib/server/organizations/create-organization.schema";
import { setCreditCode } from "@/lib/server/organizations/set-credit-code";
import { setCreditCodeInput, type SetCreditCodeResult } from "@/lib/server/organizations/set-credit-code.schema";
import { updateUser } from "@/lib/server/users/update-user";
import { updateUserInput, type UpdateUserResult } from "@/lib/server/users/update-user.schema";
import { resetPassword } from "@/lib/server/users/reset-password";
import { resetPasswordInput, type ResetPasswordResult } from "@/lib/server/users/reset-password.schema";
import { updateOrganization } from "@/lib/server/organizations/update-organization";
import { updateOrganizationInput, type UpdateOrganizationResult } from "@/lib/server/organizations/update-organization.schema";

// An administrator creates accounts in their own organization and those below it, units under them likewise.
const newUser = action(createUserInput, asAdminOf((input) => input.organizationId), async (input, admin) => {
  const result = await createUser(db(), admin, input);
  if (result.ok) revalidatePath("/admin");
  return result;
});

export async function createUserAction(_prev: unknown, form: unknown): Promise<CreateUserResult> {
  return withValues(await newUser(formInput(form)), form);
}

const newOrganization = action(createOrganizationInput, asAdminOf((input) => input.parentId), async (input, admin) => {
  const result = await createOrganization(db(), admin, input);
  if (result.ok) revalidatePath("/admin");
  return result;
});

export async function createOrganizationAction(_prev: unknown, form: unknown): Promise<CreateOrganizationResult> {
  return withValues(await newOrganization(formInput(form)), form);
}

const creditCode = action(setCreditCodeInput, asAdminOf((input) => input.organizationId), async (input, admin) => {
  const result = await setCreditCode(db(), admin, input);
  if (result.ok) revalidatePath("/admin");
  return result;
});

// unlockUser, updateUser and resetPassword check that the account is in one of the administrator's
// organizations (lib/server/users/administered-user.ts): the id names a user, not an organization.
const unlock = action(unlockUserInput, asAdmin, async (input, admin) => {
  const result = await unlockUser(db(), admin, input);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});

export async function setCreditCodeAction(_prev: unknown, form: unknown): Promise<SetCreditCodeResult> {
  return withValues(await creditCode(formInput(form)), form);
}

/** 解锁: a plain form button (it works without JavaScript); the page shows the new state. */
export async function unlockUserAction(form: FormData): Promise<void> {
  await unlock(formInput(form));
}

const editUser = action(updateUserInput, asAdmin, async (input, admin) => {
  const result = await updateUser(db(), admin, input);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});

/** 保存 on an account's page; updateUser checks the account and the chosen organization are the administrator's. */
export async function updateUserAction(_prev: unknown, form: unknown): Promise<UpdateUserResult> {
  return withValues(await editUser(formInput(form)), form);
}

const reset = action(resetPasswordInput, asAdmin, (input, admin) => resetPassword(db(), admin, input));

export async function resetPasswordAction(_prev: unknown, form: unknown): Promise<ResetPasswordResult> {
  return withValues(await reset(formInput(form)), form);
}

const editOrganization = action(updateOrganizationInput, asAdminOf((input) => input.organizationId), async (input, admin) => {
  const result = await updateOrganization(db(), admin, input);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});

export async function updateOrganizationAction(_prev: unknown, form: unknown): Promise<UpdateOrganizationResult> {
  return withValues(await editOrganization(formInput(form)), form);
}

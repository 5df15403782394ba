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

// unlockUser checks that the account is in one of the administrator's organizations (the id names a user, not an organization).
const unlock = action(unlockUserInput, asAdmin, async (input, admin) => {
  const result = await unlockUser(db(), admin, input);
  if (result.ok) revalidatePath("/admin");
  return result;
});

export async function setCreditCodeAction(_prev: unknown, form: unknown): Promise<SetCreditCodeResult> {
  return withValues(await creditCode(formInput(form)), form);
}

/** 解锁: a plain form button (it works without JavaScript); the page shows the new state. */
export async function unlockUserAction(form: FormData): Promise<void> {
  await unlock(formInput(form));
}

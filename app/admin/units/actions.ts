"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, withValues } from "@/lib/server/actions/action";
import { asAdminOf } from "@/lib/server/organizations/admin-scope";
import { setUnitSettings } from "@/lib/server/organizations/set-unit-settings";
import { setUnitSettingsInput, type SetUnitSettingsResult } from "@/lib/server/organizations/set-unit-settings.schema";

const settings = action(setUnitSettingsInput, asAdminOf((input) => input.organizationId), async (input, admin) => {
  const result = await setUnitSettings(db(), admin, input);
  if (result.ok) revalidatePath("/admin/units");
  return result;
});

export async function setUnitSettingsAction(_prev: unknown, form: unknown): Promise<SetUnitSettingsResult> {
  return withValues(await settings(formInput(form)), form);
}

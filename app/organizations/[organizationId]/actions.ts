"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, onOrganization } from "@/lib/server/actions/action";
import { startNextYear } from "@/lib/server/years/start-next-year";
import { startNextYearInput, type StartNextYearResult } from "@/lib/server/years/start-next-year.schema";

const start = action(startNextYearInput, onOrganization("create"), async (input, actor) => {
  const result = await startNextYear(db(), actor, input);
  if (result.ok) revalidatePath(`/organizations/${input.organizationId}`);
  return result;
});

/** 从2020年度报告开始2021年度. */
export async function startNextYearAction(_prev: unknown, form: unknown): Promise<StartNextYearResult> {
  return start(formInput(form));
}

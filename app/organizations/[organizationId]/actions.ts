"use server";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/report/zod";
import { db } from "@/lib/server/db";
import { authorizeOrganization, currentActor, REFUSALS } from "@/lib/server/auth/current-actor";
import { startNextYear } from "@/lib/server/years/start-next-year";

export type NextYearState =
  | { status: "idle" }
  | { status: "created"; reportId: string; year: number }
  | { status: "refused"; message: string };

const input = z.object({
  organizationId: z.string().min(1).max(64),
  fromYear: z.coerce.number("请选择要沿用的年度").int("请选择要沿用的年度"),
  carryTexts: z.literal("on").optional(),
});

/** 从2020年度报告开始2021年度: checks who asks, then lets startNextYear do the one write. */
export async function startNextYearAction(_prev: NextYearState, form: FormData): Promise<NextYearState> {
  const parsed = input.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "refused", message: parsed.error.issues[0]?.message ?? "请选择要沿用的年度" };
  const { organizationId, fromYear, carryTexts } = parsed.data;
  const actor = await currentActor();
  if (!actor) return { status: "refused", message: REFUSALS.unauthenticated.message };
  if (!(await authorizeOrganization(actor, organizationId, "create"))) return { status: "refused", message: REFUSALS.forbidden.message };
  const result = await startNextYear(db(), actor, { organizationId, fromYear, carryTexts: carryTexts === "on" });
  if (result.status !== "created") return { status: "refused", message: result.message };
  revalidatePath(`/organizations/${organizationId}`);
  return { status: "created", reportId: result.reportId, year: result.year };
}

import { z } from "@/lib/report/zod";
import { recordId, type ActionRefusal, type ActionResult, type Refusal } from "@/lib/server/actions/action.schema";
import type { ReportExists } from "@/lib/server/reports/create-report.schema";

/** 从2020年度报告开始2021年度, as the years page's form sends it (a ticked checkbox sends "on"). */
export const startNextYearInput = z.object({
  organizationId: recordId,
  fromYear: z.coerce.number("请选择要沿用的年度").int("请选择要沿用的年度"),
  carryTexts: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});
export type StartNextYearInput = z.output<typeof startNextYearInput>;

/** The new report and its year; or why nothing was written, in the users' words. */
export type StartNextYearResult = ActionResult<{ reportId: string; year: number }, ActionRefusal | ReportExists | Refusal<"missing">>;

import type { z } from "@/lib/report/zod";
import { newReportInputSchema } from "@/lib/report/new-report";
import type { ActionRefusal, ActionResult, Refusal } from "@/lib/server/actions/action.schema";

/** 新建年度报告: the home page's form validates with this same schema (lib/report/new-report). */
export const createReportInput = newReportInputSchema;
export type CreateReportInput = z.input<typeof createReportInput>;

/** The year has its report already; nothing was written. `reportId` is that report, for a link to it. */
export type ReportExists = Refusal<"exists"> & { reportId: string };

export type CreateReportResult = ActionResult<{ reportId: string }, ActionRefusal | ReportExists>;

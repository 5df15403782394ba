"use server";

import { newReportInputSchema } from "@/lib/report/new-report";
import { toReportIssues, type ReportIssue } from "@/lib/report/zod";
import { db } from "@/lib/server/db";
import { createReport } from "@/lib/server/reports/create-report";
import { authorizeOrganization, currentActor, REFUSALS, type Refusal } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";

export type CreateReportActionResult =
  | { status: "created"; reportId: string }
  | { status: "exists"; reportId: string }
  | { status: "invalid"; issues: ReportIssue[] }
  | Refusal;

/** 新建年度报告: validates with the form's own schema, then starts the report from the standard skeleton. */
export async function createReportAction(input: unknown): Promise<CreateReportActionResult> {
  const parsed = newReportInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const actor = await currentActor();
  if (!actor) return REFUSALS.unauthenticated;
  if (!(await authorizeOrganization(actor, parsed.data.organizationId, "create"))) return REFUSALS.forbidden;
  const result = await createReport(db(), parsed.data);
  if (result.status === "created") await recordEvent(db(), { action: "create_report", actor, reportId: result.reportId });
  if (result.status === "invalid") {
    const path = result.message.includes("单位") ? "organizationId" : "year";
    return { status: "invalid", issues: [{ path, message: result.message }] };
  }
  return result;
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Report } from "@/lib/report/schema";
import { readContent } from "./content";

/**
 * The report as it was at its previous submission (提交审核), what the
 * reviewer compares with to see what the drafter changed since: while the
 * report is 待审核, the submission before the current one; otherwise the
 * latest. The text is the last revision saved before that 提交审核 (the
 * step itself writes none), found through the audit line the step writes.
 * null when the report was never submitted before.
 */
export async function previousSubmission(db: Db, reportId: string, status: string): Promise<{ report: Report; version: number; at: Date } | null> {
  const submits = await db.auditEvent.findMany({ where: { reportId, action: "submit" }, orderBy: { at: "desc" }, select: { at: true }, take: 2 });
  const submit = status === "submitted" ? submits[1] : submits[0];
  if (!submit) return null;
  const revision = await db.revision.findFirst({ where: { reportId, createdAt: { lte: submit.at } }, orderBy: { version: "desc" }, select: { version: true, content: true } });
  return revision ? { report: readContent(revision.content).report, version: revision.version, at: submit.at } : null;
}

/** The same organization's report of the year before, as stored now. */
export async function lastYearReport(db: Db, organizationId: string, year: number): Promise<{ report: Report; year: number } | null> {
  const row = await db.report.findUnique({ where: { organizationId_year: { organizationId, year: year - 1 } }, select: { content: true } });
  return row ? { report: readContent(row.content).report, year: year - 1 } : null;
}

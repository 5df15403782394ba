"use server";

import { toReportIssues, z, type ReportIssue } from "@/lib/report/zod";
import type { Report } from "@/lib/report/schema";
import { db } from "@/lib/server/db";
import { saveReport, type SaveResult } from "@/lib/server/reports/save-report";
import { listRevisions } from "@/lib/server/reports/list-revisions";
import { getRevision } from "@/lib/server/reports/get-revision";
import { restoreRevision } from "@/lib/server/reports/restore-revision";
import { authorizeAction, type Refusal } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import type { SubmitOutcome } from "@/components/editor/review-panels";

/**
 * The editor's server actions. Each parses its input, calls one lib/server
 * function and returns plain data (dates as ISO strings) with any issues
 * keyed by field path, so the form shows each on its field.
 */

export type SaveActionResult =
  | { status: "saved"; version: number; savedAt: string }
  | { status: "invalid"; issues: ReportIssue[] }
  | { status: "conflict"; version: number; report: Report; savedAt: string }
  | { status: "missing" }
  /** Signed out (the session expired), not allowed, or the report moved on to review: the editor keeps the work locally. */
  | Refusal;

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

function toActionResult(result: SaveResult): SaveActionResult {
  switch (result.status) {
    case "saved":
      return { status: "saved", version: result.version, savedAt: result.savedAt.toISOString() };
    case "conflict":
      return { status: "conflict", version: result.version, report: result.report, savedAt: result.savedAt.toISOString() };
    default:
      return result;
  }
}

const saveInput = z.strictObject({ reportId: id, baseVersion: version, content: z.unknown() });

/** Autosave: writes only if the report is still at baseVersion (the draft schema validates the content). */
export async function saveReportAction(input: unknown): Promise<SaveActionResult> {
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const auth = await authorizeAction(parsed.data.reportId, "edit");
  if (!auth.ok) return auth.refusal;
  const result = await saveReport(db(), { ...parsed.data, authorId: auth.actor.id });
  if (result.status === "saved") await recordEvent(db(), { action: "save", actor: auth.actor, reportId: parsed.data.reportId, detail: `版本${result.version}` });
  return toActionResult(result);
}

export interface RevisionListEntry {
  version: number;
  createdAt: string;
  size: number;
}

export async function listRevisionsAction(input: unknown): Promise<RevisionListEntry[]> {
  const parsed = z.strictObject({ reportId: id }).safeParse(input);
  if (!parsed.success) return [];
  if (!(await authorizeAction(parsed.data.reportId, "read")).ok) return [];
  const list = await listRevisions(db(), parsed.data.reportId);
  return list.map((r) => ({ version: r.version, createdAt: r.createdAt.toISOString(), size: r.size }));
}

export async function getRevisionAction(input: unknown): Promise<{ version: number; createdAt: string; report: Report } | null> {
  const parsed = z.strictObject({ reportId: id, version }).safeParse(input);
  if (!parsed.success) return null;
  if (!(await authorizeAction(parsed.data.reportId, "read")).ok) return null;
  const revision = await getRevision(db(), parsed.data);
  return revision && { version: revision.version, createdAt: revision.createdAt.toISOString(), report: revision.report };
}

export async function restoreRevisionAction(input: unknown): Promise<SaveActionResult | { status: "noRevision" }> {
  const parsed = z.strictObject({ reportId: id, version, baseVersion: version }).safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const auth = await authorizeAction(parsed.data.reportId, "edit");
  if (!auth.ok) return auth.refusal;
  const result = await restoreRevision(db(), { ...parsed.data, authorId: auth.actor.id });
  if (result.status === "saved") await recordEvent(db(), { action: "restore", actor: auth.actor, reportId: parsed.data.reportId, detail: `恢复到版本${parsed.data.version}` });
  return result.status === "noRevision" ? result : toActionResult(result);
}

/** 提交审核 from the editor: the workflow's submit step, after the editor has saved everything. */
export async function submitForReviewAction(input: unknown): Promise<SubmitOutcome> {
  const parsed = z.strictObject({ reportId: id, version }).safeParse(input);
  if (!parsed.success) return { ok: false, message: "请求有误" };
  const auth = await authorizeAction(parsed.data.reportId, "submit");
  if (!auth.ok) return { ok: false, message: auth.refusal.message };
  const current = await db().report.findUnique({ where: { id: parsed.data.reportId }, select: { version: true } });
  // The check ran on what this person sees; if someone saved since, they must look first.
  if (current?.version !== parsed.data.version) return { ok: false, message: "他人刚保存了新版本，请先查看后再提交" };
  const result = await transitionReport(db(), auth.actor, { reportId: parsed.data.reportId, transition: "submit" });
  switch (result.status) {
    case "done":
      return { ok: true };
    case "invalid":
      return { ok: false, message: "报告还不能提交审核", issues: result.issues };
    default:
      return { ok: false, message: result.message };
  }
}

"use server";

import { toReportIssues, z, type ReportIssue } from "@/lib/report/zod";
import type { Report } from "@/lib/report/schema";
import { db } from "@/lib/server/db";
import { saveReport, type SaveResult } from "@/lib/server/reports/save-report";
import { listRevisions } from "@/lib/server/reports/list-revisions";
import { getRevision } from "@/lib/server/reports/get-revision";
import { restoreRevision } from "@/lib/server/reports/restore-revision";

/**
 * The editor's server actions. Each parses its input, calls one lib/server
 * function and returns plain data (dates as ISO strings) with any issues
 * keyed by field path, so the form shows each on its field.
 */

export type SaveActionResult =
  | { status: "saved"; version: number; savedAt: string }
  | { status: "invalid"; issues: ReportIssue[] }
  | { status: "conflict"; version: number; report: Report; savedAt: string }
  | { status: "missing" };

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
  return toActionResult(await saveReport(db(), parsed.data));
}

export interface RevisionListEntry {
  version: number;
  createdAt: string;
  size: number;
}

export async function listRevisionsAction(input: unknown): Promise<RevisionListEntry[]> {
  const parsed = z.strictObject({ reportId: id }).safeParse(input);
  if (!parsed.success) return [];
  const list = await listRevisions(db(), parsed.data.reportId);
  return list.map((r) => ({ version: r.version, createdAt: r.createdAt.toISOString(), size: r.size }));
}

export async function getRevisionAction(input: unknown): Promise<{ version: number; createdAt: string; report: Report } | null> {
  const parsed = z.strictObject({ reportId: id, version }).safeParse(input);
  if (!parsed.success) return null;
  const revision = await getRevision(db(), parsed.data);
  return revision && { version: revision.version, createdAt: revision.createdAt.toISOString(), report: revision.report };
}

export async function restoreRevisionAction(input: unknown): Promise<SaveActionResult | { status: "noRevision" }> {
  const parsed = z.strictObject({ reportId: id, version, baseVersion: version }).safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const result = await restoreRevision(db(), parsed.data);
  return result.status === "noRevision" ? result : toActionResult(result);
}

import "server-only";
import { parseReportJson } from "@/lib/report/parse";
import { emptyReport } from "@/lib/report/defaults";
import type { Report } from "@/lib/report/schema";

/**
 * Stored content is read back through the draft schema, so a row written by
 * an older version of the app gets today's defaults. Content that no longer
 * parses is never thrown away: the caller gets an empty report and the
 * issues, and the row keeps its text until a save replaces it.
 */
export function readContent(json: string): { report: Report; issues: { path: string; message: string }[] } {
  const result = parseReportJson(json, "draft");
  return result.ok ? { report: result.report, issues: [] } : { report: emptyReport(), issues: result.issues };
}

export function writeContent(report: Report): string {
  return JSON.stringify(report);
}

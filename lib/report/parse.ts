import { upgradeReport } from "./legacy";
import { draftReportSchema, finalReportSchema, type Report } from "./schema";
import { toReportIssues, type ReportIssue } from "./zod";

export type ParseResult = { ok: true; report: Report } | { ok: false; issues: ReportIssue[] };

/**
 * Validates untrusted data as a draft or a final report, with every issue's
 * path and Chinese message. Content of the shape before parts were a list
 * (stored rows, revisions, files) is read as today's shape first.
 */
export function parseReport(data: unknown, mode: "draft" | "final"): ParseResult {
  const result = (mode === "final" ? finalReportSchema : draftReportSchema).safeParse(upgradeReport(data));
  return result.success ? { ok: true, report: result.data } : { ok: false, issues: toReportIssues(result.error) };
}

/** Parses JSON text; a syntax error becomes an issue like any other instead of an exception. */
export function parseReportJson(json: string, mode: "draft" | "final"): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ path: "", message: `文件不是有效的 JSON：${detail}` }] };
  }
  return parseReport(data, mode);
}

import { isFilled, valueAt } from "./paths";
import { parseReport } from "./parse";
import type { Report } from "./schema";
import type { ReportIssue } from "./zod";

function finalIssuesOf(report: Report): ReportIssue[] {
  const result = parseReport(report, "final");
  return result.ok ? [] : result.issues;
}

/**
 * What is wrong with what a drafter has written so far: the final check's
 * issues on fields that hold something (a rate of 101, a paragraph over the
 * limit, 约30 where a number cannot be read, a reference to a figure not yet
 * entered, figures that disagree). What is merely not written yet is left to
 * 提交审核. A draft with flags still saves; they show on their fields.
 * `finalIssues`, when the caller has them already, saves a second parse.
 */
export function draftFlags(report: Report, finalIssues: readonly ReportIssue[] = finalIssuesOf(report)): ReportIssue[] {
  // Only issues on a value someone typed: a part's missing content ("parts",
  // "parts.3.items") is about the structure, shown by 报告结构 and 提交审核.
  return finalIssues.filter((issue) => {
    const value = valueAt(report, issue.path);
    return (typeof value === "string" || typeof value === "number") && isFilled(value);
  });
}

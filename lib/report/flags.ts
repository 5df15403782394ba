import { isFilled, valueAt } from "./paths";
import { finalReportSchema, type Report } from "./schema";
import { toReportIssues, type ReportIssue } from "./zod";

/**
 * What is wrong with what a drafter has written so far: the final check's
 * issues on fields that hold something (a rate of 101, a paragraph over the
 * limit, 约30 where a number cannot be read, a reference to a figure not yet
 * entered, figures that disagree). What is merely not written yet is left to
 * 提交审核. A draft with flags still saves; they show on their fields.
 */
export function draftFlags(report: Report): ReportIssue[] {
  const result = finalReportSchema.safeParse(report);
  if (result.success) return [];
  return toReportIssues(result.error).filter((issue) => isFilled(valueAt(report, issue.path)));
}

import type { ReportIssue } from "./zod";

/** One message with every field it concerns: a cross-check names several fields with one sentence. */
export interface IssueGroup {
  message: string;
  paths: string[];
}

/**
 * Issues as people read them: one entry per message, each field it
 * concerns once. Lists and their counts both use this, so a heading never
 * says 7 over a list of 3.
 */
export function groupIssues(issues: readonly ReportIssue[]): IssueGroup[] {
  const grouped = new Map<string, string[]>();
  for (const i of issues) {
    const paths = grouped.get(i.message) ?? [];
    if (!paths.includes(i.path)) paths.push(i.path);
    grouped.set(i.message, paths);
  }
  return [...grouped].map(([message, paths]) => ({ message, paths }));
}

/** Issues about which parts the report has: shown in 报告结构 and by 提交审核, not as problems of what was written. */
export const isStructural = (path: string) => path === "parts" || /^parts\.\d+$/.test(path);

/**
 * The open problems of what was written: the flags on filled fields and the
 * prose's contradictions of the figures, without the structure's. The
 * outline's 有问题 and 待解决的问题 both read this one list.
 */
export function openProblems(flags: readonly ReportIssue[], prose: readonly ReportIssue[]): ReportIssue[] {
  const seen = new Set<string>();
  return [...flags, ...prose].filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (isStructural(i.path) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

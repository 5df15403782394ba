/**
 * One thing the review checks say about a report: a Chinese sentence, the
 * rule it comes from, the field it concerns (a form path, as the editor's
 * goTo reads it) and how much it matters.
 *
 * Only `blocking` findings stop 提交审核, and those are exactly the
 * regulation's required contents, which the final schema refuses too (both
 * read PART_CATALOGUE, see regulation.ts); everything else is for the
 * drafter's and the reviewer's second look.
 */
export type Severity = "blocking" | "warning" | "info";

export const SEVERITY_LABELS: Record<Severity, string> = {
  blocking: "必须",
  warning: "请核对",
  info: "提示",
};

/**
 * Where the rules come from. The article is the one of the 督察规定 that
 * lists the contents of the annual report (see regulation.ts for what the
 * citation rests on).
 */
export const RULES = {
  regulation: "《法治政府建设与责任落实督察工作规定》第二十六条",
  outlineAreas: "《法治政府建设实施纲要（2021－2025年）》",
  checklist: "上级单位的报告事项清单",
  staleYear: "年份核对：报告年度之前的年份不应描述本年度",
  carriedOver: "沿用上年的文字须经确认",
  copiedText: "避免照搬照抄上年或其他单位的报告",
  fewFacts: "运用具体事例和数据",
  figureJump: "与上年数据对比",
  deadline: "《法治政府建设与责任落实督察工作规定》报送和公开期限",
  recipients: "《法治政府建设与责任落实督察工作规定》报送对象",
} as const;

export type RuleId = keyof typeof RULES;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The field or part it concerns ("parts.2", "preamble", "figures.petitions.assigned"); "" for the whole report. */
  path: string;
  message: string;
  /** The sentences concerned, for highlighting (copied or stale text). */
  quotes?: readonly string[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

import type { Report } from "./schema";

/** The parts of a report a comment can attach to, with the names users see, in reading order. */
export function commentableParts(report: Report): { path: string; label: string }[] {
  return [
    { path: "header", label: "标题与主送" },
    { path: "preamble", label: "导语" },
    ...report.measures.map((s, i) => ({ path: `measures.${i}`, label: s.heading || `工作举措（第${i + 1}部分）` })),
    { path: "figures", label: "数据" },
    { path: "duty", label: report.duty.heading || "第一责任人职责" },
    { path: "problems", label: report.problems.heading || "存在的问题" },
    { path: "plans", label: report.plans.heading || "工作打算" },
    { path: "otherMatters", label: report.otherMatters.heading || "其他需要报告的情况" },
    { path: "closing", label: "结束语与署名" },
  ];
}

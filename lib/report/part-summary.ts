import { headingNumber } from "./numbering";
import type { Report } from "./schema";

/** One level-1 part as a reviewer checks it at a glance: its printed heading and how much it holds. */
export interface PartSummary {
  /** What the part is in the report's structure, in the users' words. */
  role: string;
  /** "一、高度重视，深入推进全面依法治区"; "（无标题）" when the heading is blank. */
  heading: string;
  items: number;
  /** Characters of text in the part (headings excluded), to spot a part that came out empty. */
  characters: number;
}

const chars = (texts: readonly string[]) => texts.reduce((n, t) => n + Array.from(t.trim()).length, 0);

/**
 * The parts of a report in printed order, numbered as printed. Used where a
 * whole report is checked at once, e.g. after an import, before the draft is
 * created. Empty optional parts (其他需要报告的情况) are left out.
 */
export function partSummaries(report: Report): PartSummary[] {
  const out: PartSummary[] = [];
  let n = 0;
  const push = (role: string, heading: string, items: number, characters: number) => {
    n += 1;
    out.push({ role, heading: `${headingNumber(1, n)}${heading.trim() || "（无标题）"}`, items, characters });
  };
  const sectionChars = (s: Report["duty"]) =>
    chars([s.intro, ...s.items.flatMap((i) => [i.body, ...i.subItems.flatMap((sub) => [sub.body, ...sub.subItems.map((l) => l.body)])])]);

  for (const s of report.measures) push("主要举措和成效", s.heading, s.items.length, sectionChars(s));
  push("第一责任人职责", report.duty.heading, report.duty.items.length, sectionChars(report.duty));
  const p = report.problems;
  push("存在的问题和原因", p.heading, p.items.length, chars([p.intro, ...p.items.flatMap((i) => [i.description, i.cause])]));
  push("下一年度工作打算", report.plans.heading, report.plans.items.length, sectionChars(report.plans));
  const o = report.otherMatters;
  if (o.heading.trim() || o.intro.trim() || o.items.length > 0) push("其他需要报告的情况", o.heading, o.items.length, sectionChars(o));
  return out;
}

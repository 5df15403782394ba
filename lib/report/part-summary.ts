import { headingNumber } from "./numbering";
import { PART_CATALOGUE } from "./part-catalogue";
import { onPart, type PartMap } from "./part-map";
import { printedPartNumbers } from "./part-numbers";
import { partFilled, type Report, type SectionPart } from "./schema";

/** One part as a reviewer checks it at a glance: its printed heading and how much it holds. */
export interface PartSummary {
  /** What the part is in the report's structure: the catalogue's name of its kind. */
  role: string;
  /** "一、高度重视，深入推进全面依法治区"; "（无标题）" when the heading is blank. */
  heading: string;
  items: number;
  /** Characters of text in the part (headings excluded), to spot a part that came out empty. */
  characters: number;
}

const chars = (texts: readonly string[]) => texts.reduce((n, t) => n + Array.from(t.trim()).length, 0);

const sectionSize = (s: SectionPart) => ({
  items: s.items.length,
  characters: chars([s.intro, ...s.items.flatMap((i) => [i.body, ...i.subItems.flatMap((sub) => [sub.body, ...sub.subItems.map((l) => l.body)])])]),
});

const SIZE: PartMap<{ items: number; characters: number }> = {
  measures: sectionSize,
  duty: sectionSize,
  plans: sectionSize,
  otherMatters: sectionSize,
  problems: (p) => ({ items: p.items.length, characters: chars([p.intro, ...p.items.flatMap((i) => [i.description, i.cause])]) }),
  conclusion: (p) => ({ items: 0, characters: chars([p.text]) }),
};

/**
 * The parts of a report in printed order, numbered as printed. Used where a
 * whole report is checked at once, e.g. after an import, before the draft is
 * created. Parts that would not print (nothing in them) are left out.
 */
export function partSummaries(report: Report): PartSummary[] {
  const numbers = printedPartNumbers(report.parts);
  return report.parts.flatMap((part, i) => {
    if (!partFilled(part)) return [];
    const n = numbers[i] ?? null;
    const heading = "heading" in part ? part.heading.trim() : "";
    const shown = n === null ? (heading || (part.kind === "conclusion" ? "（结尾段落，无标题）" : "（无标题）")) : `${headingNumber(1, n)}${heading}`;
    return [{ role: PART_CATALOGUE[part.kind].name, heading: shown, ...onPart(SIZE, part) }];
  });
}

import { chineseDate } from "./dates";
import { headingNumber, type HeadingLevel } from "./numbering";
import { resolveReferences } from "./references";
import { onPart, type PartMap } from "./part-map";
import { printedPartNumbers } from "./part-numbers";
import { partFilled, type Item, type Problem, type Report, type SectionPart } from "./schema";

/**
 * The report as the reader meets it: an ordered list of blocks, numbers
 * assigned, figures substituted. Plain text, the HTML preview and the PDF
 * are all drawn from this one list, so they cannot disagree about order,
 * numbering or wording.
 */
export type Block =
  | { kind: "title"; lines: string[] }
  | { kind: "addressee"; text: string }
  /** A level-1 heading (一、) on its own line. */
  | { kind: "heading"; number: string; text: string; path: string }
  /** A body paragraph; `lead` is a (一), 1. or (1) heading run into it. */
  | { kind: "paragraph"; lead?: Lead; text: string; path: string }
  | { kind: "closing"; text: string }
  | { kind: "attachments"; items: string[] }
  | { kind: "signature"; text: string }
  | { kind: "date"; text: string };

export interface Lead {
  level: Exclude<HeadingLevel, 1>;
  number: string;
  text: string;
}

/** The problem paragraph names its cause with this fixed label, as the regulation's wording has it. */
export const CAUSE_LABEL = "原因分析：";

const TERMINAL = /[。！？；：…]$/;

/** A run-in heading ends its sentence before the body continues on the same line. */
function leadText(heading: string, followed: boolean): string {
  const h = heading.trim();
  return followed && !TERMINAL.test(h) ? `${h}。` : h;
}

const paragraphsOf = (text: string) =>
  text
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");

export function reportBlocks(report: Report): Block[] {
  const blocks: Block[] = [];
  const resolve = (text: string) => resolveReferences(text, report.figures);

  /** A heading run into the first paragraph of its body; later paragraphs stand alone. */
  const ledParagraphs = (path: string, level: Lead["level"], n: number, heading: string, body: string) => {
    const paras = paragraphsOf(resolve(body));
    const [first = "", ...rest] = paras;
    if (heading.trim()) {
      const lead = { level, number: headingNumber(level, n), text: resolve(leadText(heading, first !== "")) };
      blocks.push({ kind: "paragraph", lead, text: first, path });
    } else if (first) {
      blocks.push({ kind: "paragraph", text: first, path });
    }
    for (const p of rest) blocks.push({ kind: "paragraph", text: p, path });
  };

  const plain = (path: string, text: string) => {
    for (const p of paragraphsOf(resolve(text))) blocks.push({ kind: "paragraph", text: p, path });
  };

  const item = (path: string, it: Item, n: number) => {
    ledParagraphs(`${path}.body`, 2, n, it.heading, it.body);
    it.subItems.forEach((sub, j) => {
      ledParagraphs(`${path}.subItems.${j}.body`, 3, j + 1, sub.heading, sub.body);
      sub.subItems.forEach((leaf, k) => {
        ledParagraphs(`${path}.subItems.${j}.subItems.${k}.body`, 4, k + 1, leaf.heading, leaf.body);
      });
    });
  };

  const problem = (path: string, p: Problem, n: number) => {
    const cause = p.cause.trim() ? `${CAUSE_LABEL}${p.cause.trim()}` : "";
    // Description and cause read as one paragraph: …等问题。原因分析：…
    ledParagraphs(`${path}.description`, 2, n, p.heading, [p.description.trim(), cause].join(""));
  };

  /**
   * A headed part: its 一、 heading, then its content. The number follows the
   * author's order and counts only parts that print a heading, so a part
   * left empty (or a concluding paragraph) never leaves a gap in 一、二、三、,
   * and no heading is printed without its text.
   */
  const headed = (path: string, n: number | null, part: { heading: string; intro: string }, content: () => void) => {
    if (n !== null) blocks.push({ kind: "heading", number: headingNumber(1, n), text: resolve(part.heading.trim()), path: `${path}.heading` });
    plain(`${path}.intro`, part.intro);
    content();
  };
  const section = (s: SectionPart, path: string, n: number | null) => headed(path, n, s, () => s.items.forEach((it, i) => item(`${path}.items.${i}`, it, i + 1)));

  const PART_BLOCKS: PartMap<void, [path: string, n: number | null]> = {
    measures: section,
    duty: section,
    plans: section,
    otherMatters: section,
    problems: (p, path, n) => headed(path, n, p, () => p.items.forEach((it, i) => problem(`${path}.items.${i}`, it, i + 1))),
    conclusion: (p, path) => plain(`${path}.text`, p.text),
  };

  const { header } = report;
  const titleLines = header.title.split("\n").map((l) => l.trim()).filter(Boolean);
  if (titleLines.length) blocks.push({ kind: "title", lines: titleLines });
  const addressee = header.addressee.trim().replace(/[:：]$/, "");
  if (addressee) blocks.push({ kind: "addressee", text: `${addressee}：` });
  plain("preamble", report.preamble);

  // A part with nothing in it is not printed at all: a draft's empty skeleton
  // part would otherwise print a heading with nothing under it.
  const numbers = printedPartNumbers(report.parts);
  report.parts.forEach((part, i) => {
    if (partFilled(part)) onPart(PART_BLOCKS, part, `parts.${i}`, numbers[i] ?? null);
  });

  if (report.closing.trim()) blocks.push({ kind: "closing", text: resolve(report.closing.trim()) });
  const attachments = report.attachments.map((a) => a.trim()).filter(Boolean);
  if (attachments.length) blocks.push({ kind: "attachments", items: attachments });
  if (header.signatory.trim()) blocks.push({ kind: "signature", text: header.signatory.trim() });
  if (header.date) blocks.push({ kind: "date", text: chineseDate(header.date) });
  return blocks;
}

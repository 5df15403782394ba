import type { OutlineNode, OutlinePart } from "./outline";

/**
 * A report may close with a paragraph of its own between its last numbered
 * part and 特此报告 — a city report's "2023年，我市将坚持……为……提供有力法治
 * 保障。" or "下一步，我们将……". It has no number, so the outline puts it in
 * the body of whatever heading came last, like any paragraph; this finds it
 * there and takes it out, to become the report's conclusion part.
 *
 * The rule, all of which must hold:
 * 1. It is in the last level-1 part, and that part has items （一） or 1.: a
 *    part made of paragraphs only keeps them all, they are its own text
 *    (a plans part written as prose, "2021年，我区将……", is not a conclusion).
 * 2. It is in the body of the part's last heading (its last item, or that
 *    item's last 1. or （1）), and not the first paragraph of that body: the
 *    first paragraph after a heading is the heading's own text.
 * 3. Its wording opens as a closing does — 下一步 / 下一阶段 / 今后 / 新的一年 /
 *    总之 / 综上, or a later year than the report's ("2023年，" in a report on
 *    2022) — and it speaks of the work as a whole (法治, 依法). An item's
 *    second paragraph on its own task ("下一步将继续加强执法培训") does not.
 * The conclusion runs from the first paragraph that meets the rule to the end
 * of that body.
 */

const OPENING = /^(下一步|下一阶段|今后|新的一年|新征程|站在新的起点|面向未来|展望未来|总之|综上|总的来看|总体来看|总而言之)/;
const YEAR_OPENING = /^(\d{4})\s?年(，|里|我|全|是|要|将)/;
const WHOLE = /法治|依法/;

function opensAsClosing(paragraph: string, year: number | null): boolean {
  if (OPENING.test(paragraph)) return true;
  const m = YEAR_OPENING.exec(paragraph);
  return m !== null && year !== null && Number(m[1]) > year;
}

export const isClosingParagraph = (paragraph: string, year: number | null) =>
  opensAsClosing(paragraph, year) && WHOLE.test(paragraph);

/** The node whose body the text after the last heading went into. */
function lastNode(part: OutlinePart): OutlineNode | null {
  const item = part.items.at(-1);
  if (!item) return null;
  const sub = item.subs.at(-1);
  if (!sub) return item;
  return sub.leaves.at(-1) ?? sub;
}

export interface Conclusion {
  paragraphs: string[];
  /** The source line of its first paragraph. */
  line: number;
}

/** Takes the concluding paragraphs out of the last part's last body; null when there are none. */
export function takeConclusion(parts: readonly OutlinePart[], year: number | null): Conclusion | null {
  const last = parts.at(-1);
  const node = last ? lastNode(last) : null;
  if (!node) return null;
  const from = node.body.findIndex((p, i) => i > 0 && isClosingParagraph(p, year));
  if (from < 0) return null;
  const conclusion = { paragraphs: node.body.slice(from), line: node.bodyLines[from] ?? node.line };
  node.body = node.body.slice(0, from);
  node.bodyLines = node.bodyLines.slice(0, from);
  return conclusion;
}

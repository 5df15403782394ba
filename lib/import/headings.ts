/**
 * The four heading levels of a government document (GB/T 9704): 一、 （一） 1. （1）.
 *
 * Web copies and hand-typed files vary the punctuation: 一. or 一， for 一、,
 * ASCII brackets (一) for （一）, 1、 or 1． for 1. — all are accepted. The
 * number itself is not kept: the renderer numbers by position.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingLine {
  level: HeadingLevel;
  /** The number as written, "（一）" or "1、", kept for text that has to be folded back into prose. */
  number: string;
  /** What follows the number. */
  text: string;
}

const CN = "[一二三四五六七八九十百零〇]{1,4}";
// Every pattern is anchored and its repetitions are bounded, so a 1 MB line costs one short scan.
const PATTERNS: ReadonlyArray<[HeadingLevel, RegExp]> = [
  [1, new RegExp(`^(${CN}\\s{0,2}[、.．，,])\\s*(.*)$`, "s")],
  [2, new RegExp(`^([（(]\\s{0,2}${CN}\\s{0,2}[）)][、.．，]?)\\s*(.*)$`, "s")],
  // "1.5亿元" and "3.0版" are numbers, not headings: the separator must not be followed by a digit.
  [3, /^(\d{1,2}\s{0,2}[.．、](?![0-9０-９]))\s*(.*)$/s],
  [4, /^([（(]\s{0,2}\d{1,2}\s{0,2}[）)][、.．]?)\s*(.*)$/s],
];

export function headingLine(text: string): HeadingLine | null {
  for (const [level, re] of PATTERNS) {
    const m = re.exec(text);
    // A bare number with nothing after it ("一、" alone) still opens a part; the heading is just empty.
    if (m) return { level, number: m[1] ?? "", text: (m[2] ?? "").trim() };
  }
  return null;
}

/**
 * A run-in heading is the first sentence of its paragraph:
 * "（一）落实领导干部学法制度。运用灵活多样…" → heading 落实领导干部学法制度, rest 运用灵活多样….
 * The heading is stored without its 。 (the renderer adds it back); ！ and ？ are kept because the
 * renderer keeps them. Only a short first sentence is a heading: a paragraph whose first sentence
 * runs past LEAD_MAX characters has no heading, it is body text that happens to be numbered.
 * A short line with no 。 at all is a heading on its own line, its body on the following lines.
 */
export const LEAD_MAX = 60;

export interface Lead {
  heading: string;
  rest: string;
  /** True when the first sentence was too long to be a heading. */
  noHeading: boolean;
}

export function splitLead(text: string): Lead {
  const end = firstSentenceEnd(text, LEAD_MAX + 1);
  if (end >= 0) {
    const mark = text[end];
    const heading = mark === "。" ? text.slice(0, end) : text.slice(0, end + 1);
    return { heading: heading.trim(), rest: text.slice(end + 1).trim(), noHeading: false };
  }
  if (text.length <= LEAD_MAX) return { heading: text, rest: "", noHeading: false };
  return { heading: "", rest: text, noHeading: true };
}

/**
 * The index of the first 。！？ within `limit` characters, ignoring those inside
 * quotes and title marks (“…。” or 《…》 do not end the heading).
 */
function firstSentenceEnd(text: string, limit: number): number {
  let depth = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "“" || c === "《" || c === "「") depth += 1;
    else if ((c === "”" || c === "》" || c === "」") && depth > 0) depth -= 1;
    else if (depth === 0 && (c === "。" || c === "！" || c === "？")) return i;
  }
  return -1;
}

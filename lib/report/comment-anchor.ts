import { partKey } from "./outline";
import type { Report } from "./schema";
import { textFields } from "./walk";

/**
 * A 批注 on a selection keeps what was selected (the quote, in the stored
 * form: `{{id}}` tokens included), where it started, and a little text on
 * either side. Edits move text around, so a comment is found again by its
 * quote and context rather than by its offsets; the offsets only choose
 * between equal quotes. When the quote is gone the comment is orphaned
 * (已失去定位): still listed, never dropped.
 */
export interface TextAnchor {
  quote: string;
  start: number;
  prefix: string;
  suffix: string;
}

/** Characters of context kept on each side: enough to tell repeated phrases apart, little enough to survive nearby edits. */
export const ANCHOR_CONTEXT = 24;

export function anchorOf(text: string, start: number, end: number): TextAnchor {
  return { quote: text.slice(start, end), start, prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start), suffix: text.slice(end, end + ANCHOR_CONTEXT) };
}

const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** Where the quote stands in `text` now: the occurrence whose context matches best, the nearest to its old place among equals; null when it is gone. */
export function locateAnchor(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  if (anchor.quote === "") return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(anchor.quote); i >= 0; i = text.indexOf(anchor.quote, i + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, i - anchor.prefix.length), i), anchor.prefix) + commonPrefix(text.slice(i + anchor.quote.length), anchor.suffix);
    const distance = Math.abs(i - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  return best && { start: best.start, end: best.start + anchor.quote.length };
}

/** A comment's field path, given where it was made: `field` is relative to its part ("items.2.body") so the comment follows the part when it moves. */
export function fieldPathOf(report: Report, path: string, field: string): string | null {
  if (!path.startsWith("part:")) return field;
  const i = report.parts.findIndex((p) => partKey(p.id) === path);
  return i < 0 ? null : `parts.${i}.${field}`;
}

/** The inverse, for a new comment: the part key and the field relative to it. */
export function placeOfField(report: Report, fieldPath: string): { path: string; field: string } {
  const m = /^parts\.(\d+)\.(.+)$/.exec(fieldPath);
  const part = m ? report.parts[Number(m[1])] : undefined;
  if (m?.[2] && part) return { path: partKey(part.id), field: m[2] };
  return { path: fieldPath.split(".")[0] ?? "", field: fieldPath };
}

export type Placement = { field: string; start: number; end: number } | null;

/**
 * Where a selection comment stands in the report now: first in its own
 * field, then (an item moved within its part) in the other texts of the
 * same part or place. null: its text was deleted.
 */
export function placeAnchor(report: Report, path: string, field: string, anchor: TextAnchor): Placement {
  const own = fieldPathOf(report, path, field);
  if (own === null) return null;
  const texts = textFields(report);
  const home = texts.find((t) => t.path === own);
  const found = home && locateAnchor(home.text, anchor);
  if (found) return { field: own, ...found };
  const scope = own.startsWith("parts.") ? own.split(".").slice(0, 2).join(".") + "." : own;
  for (const t of texts) {
    if (t.path === own || !(t.path === scope || t.path.startsWith(scope))) continue;
    const elsewhere = locateAnchor(t.text, anchor);
    if (elsewhere) return { field: t.path, ...elsewhere };
  }
  return null;
}

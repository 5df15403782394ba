import { formatFigureValue, type FigureValue } from "@/lib/report/figure-value";
import { findFigure, type FigureId } from "@/lib/report/figures";
import { referenceToken } from "@/lib/report/references";
import type { Report } from "@/lib/report/schema";
import { textFields } from "@/lib/report/walk";
import type { FigureProposal } from "./types";

/**
 * Accepts figure proposals: each figure gets its value, and the number in the
 * sentence it came from becomes the figure's reference, so the prose prints
 * the figure and can never disagree with it ("共接收行政诉讼案件77起" →
 * "共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起"; "全区500余名党员"
 * → "全区{{leadership.cadresTrained}}名党员" with the value "500余", printed as written).
 *
 * Only that one occurrence is replaced, never every "77" in the text. When
 * the field has changed since the proposal was made, the number is looked up
 * inside its sentence; when it cannot be found unambiguously, or a second
 * proposal points at a number already replaced ("及时受理率、按期办结率均为100%"
 * serves two figures), the figure value is set and the prose is left alone.
 * When accepted proposals give one figure different values (77 and 80), the
 * first is the figure's and only its numbers become references: the others
 * stay as written, so accepting never changes what the report says.
 */
export function applyProposals(report: Report, accepted: readonly FigureProposal[]): Report {
  const next = structuredClone(report);
  const chosen = new Map<FigureId, string>();
  const applied: FigureProposal[] = [];

  for (const p of accepted) {
    const entry = findFigure(p.figureId);
    if (!entry) continue;
    const printed = formatFigureValue(p.value);
    const first = chosen.get(p.figureId);
    if (first !== undefined && first !== printed) continue;
    chosen.set(p.figureId, printed);
    applied.push(p);
    const topic: Record<string, FigureValue | null> = next.figures[entry.topic];
    topic[entry.key] = p.value;
  }

  const texts = new Map(textFields(next).map((f) => [f.path, f.text]));
  const byPath = new Map<string, FigureProposal[]>();
  for (const p of applied) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);

  for (const [path, proposals] of byPath) {
    let text = texts.get(path);
    if (text === undefined) continue;
    const original = text;
    const done = new Set<number>();
    // Right to left, so earlier indexes stay valid while later numbers are replaced.
    const located = proposals
      .map((p) => ({ p, at: locate(original, p) }))
      .filter((x): x is { p: FigureProposal; at: number } => x.at !== null)
      .sort((a, b) => b.at - a.at);
    for (const { p, at } of located) {
      if (done.has(at)) continue;
      done.add(at);
      text = text.slice(0, at) + referenceToken(p.figureId) + text.slice(at + p.raw.length);
    }
    if (text !== original) setText(next, path, text);
  }
  return next;
}

/** A digit, decimal point or Chinese numeral before the number means it is part of a longer one. */
const isNumberChar = (c: string | undefined) => c !== undefined && /[0-9０-９.．一二两三四五六七八九十百千万亿]/.test(c);
/** So do more digits after it, or the words of an amount (500 in 500余, 1.2 in 1.2万). */
const goesOn = (after: string) => /^([.．]?[0-9０-９]|[余多百千万亿])/.test(after);

/** Where the proposal's number is in the field now, or null. */
function locate(text: string, p: FigureProposal): number | null {
  const standsAlone = (at: number) => !isNumberChar(text[at - 1]) && !goesOn(text.slice(at + p.raw.length, at + p.raw.length + 2));
  if (text.slice(p.index, p.index + p.raw.length) === p.raw && standsAlone(p.index)) return p.index;
  const sentenceAt = text.indexOf(p.sentence);
  if (sentenceAt < 0 || text.indexOf(p.sentence, sentenceAt + 1) >= 0) return null;
  const hits: number[] = [];
  for (let i = p.sentence.indexOf(p.raw); i >= 0; i = p.sentence.indexOf(p.raw, i + 1)) {
    if (standsAlone(sentenceAt + i)) hits.push(sentenceAt + i);
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/** Writes one text field addressed by its form path ("parts.2.items.7.body"). */
function setText(root: Report, path: string, value: string): void {
  const keys = path.split(".");
  const last = keys.pop();
  let node: unknown = root;
  for (const key of keys) {
    if (typeof node !== "object" || node === null) return;
    node = Reflect.get(node, key);
  }
  if (last !== undefined && typeof node === "object" && node !== null && typeof Reflect.get(node, last) === "string") {
    Reflect.set(node, last, value);
  }
}

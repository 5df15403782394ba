import { FIGURE_CATALOGUE, findFigure, isFigureId, isTopicKey, storedFigure, type FigureId, type Figures } from "./figures";
import { formatFigureValue, type FigureValue } from "./figure-value";

/**
 * Figure references let prose cite the data instead of repeating it:
 * "共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起" prints as
 * "共接收行政诉讼案件77起", so text and figures can never disagree.
 *
 * The token is plain ASCII so it survives copy and paste, JSON and any
 * database, and it cannot occur in Chinese prose by accident.
 */
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function referenceToken(id: FigureId): string {
  return `{{${id}}}`;
}

export interface TextReference {
  /** What stood between the braces; a FigureId when the reference is valid. */
  id: string;
  index: number;
  length: number;
}

export function findReferences(text: string): TextReference[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({ id: m[1] ?? "", index: m.index, length: m[0].length }));
}

/**
 * What a person reads about a reference to a figure the catalogue does not
 * have (typed by hand, or a figure since removed): never the raw id, but the
 * topic it was in when that is still known.
 */
export function unknownReferenceMessage(id: string): string {
  const topic = id.split(".")[0] ?? "";
  const where = isTopicKey(topic) ? `“${FIGURE_CATALOGUE[topic].label}”中` : "";
  return `引用了${where}一个已删除或不存在的数据项，请删除这处引用，或用“插入数据”重新引用`;
}

export type Segment = { kind: "text"; text: string } | { kind: "figure"; id: FigureId; value: FigureValue | null; label: string };

/** Splits text into literal runs and figure references, for renderers that style them. */
export function segments(text: string, figures: Figures): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const ref of findReferences(text)) {
    if (ref.index > last) out.push({ kind: "text", text: text.slice(last, ref.index) });
    const entry = findFigure(ref.id);
    if (entry && isFigureId(ref.id)) {
      out.push({ kind: "figure", id: ref.id, value: storedFigure(figures, ref.id), label: entry.def.label });
    } else {
      // An unknown reference is a validation error; renderers keep it visible rather than drop it.
      out.push({ kind: "text", text: text.slice(ref.index, ref.index + ref.length) });
    }
    last = ref.index + ref.length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** A figure with no value yet prints as a visible gap, never as an empty string. */
export function missingFigureText(label: string): string {
  return `【待填：${label}】`;
}

/** The text as it will be read: every reference replaced by its figure's value, approximate ones as written (500余). */
export function resolveReferences(text: string, figures: Figures): string {
  return segments(text, figures)
    .map((s) => (s.kind === "text" ? s.text : s.value === null ? missingFigureText(s.label) : formatFigureValue(s.value)))
    .join("");
}

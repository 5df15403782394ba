import { findReferences, resolveReferences } from "./references";
import { formatFigureValue, type FigureValue } from "./figure-value";
import { fieldLabel } from "./outline";
import { findFigure, isFigureId, storedFigure } from "./figures";
import type { CustomFigureDef } from "./custom-figures";
import type { Report } from "./schema";
import { textFields } from "./walk";

export interface FigureSentence {
  /** The field the sentence is in (parts.2.items.0.body…), and its name in the outline. */
  path: string;
  place: string;
  /** The sentence as printed, and where the value stands in it so a view can mark it. */
  sentence: string;
  mark: { start: number; end: number } | null;
}

// A sentence ends at 。！？； or a line break; the ending stays with the sentence.
const SENTENCE = /[^。！？；\n]+[。！？；]?/g;

/**
 * The sentences of a report that state a figure, for the roll-up's
 * click-through: those that cite it by reference first (they say the figure
 * whatever its value), else those in which its value is written as the
 * number before its unit (77起), as imported or hand-typed prose does.
 */
export function figureSentences(report: Report, figureId: string, value: FigureValue | null, unit: string): FigureSentence[] {
  const printed = value === null ? null : formatFigureValue(value);
  const out: FigureSentence[] = [];
  const fields = textFields(report);
  for (const field of fields) {
    for (const m of field.text.matchAll(SENTENCE)) {
      const raw = m[0];
      if (!findReferences(raw).some((r) => r.id === figureId)) continue;
      out.push(sentence(field.path, report, resolveReferences(raw, report.figures), printed));
    }
  }
  if (out.length > 0 || printed === null) return out;
  const written = `${printed}${unit === "%" ? "%" : unit}`;
  for (const field of fields) {
    const text = resolveReferences(field.text, report.figures);
    for (const m of text.matchAll(SENTENCE)) if (m[0].includes(written)) out.push(sentence(field.path, report, m[0], printed));
  }
  return out;
}

function sentence(path: string, report: Report, text: string, printed: string | null): FigureSentence {
  const trimmed = text.trim();
  const at = printed === null ? -1 : trimmed.indexOf(printed);
  return { path, place: fieldLabel(path, report), sentence: trimmed, mark: at < 0 || printed === null ? null : { start: at, end: at + printed.length } };
}

/** The figure a roll-up link names, in a report: its label, its value as stated and the sentences stating it. */
export function statedFigure(report: Report, figureId: string, custom: readonly CustomFigureDef[]) {
  const entry = findFigure(figureId);
  const def = entry?.def ?? custom.find((c) => c.id === figureId);
  if (!def) return null;
  const value = entry && isFigureId(figureId) ? storedFigure(report.figures, figureId) : (report.customFigures[figureId] ?? null);
  return { label: def.label, value: value === null ? null : formatFigureValue(value), sentences: figureSentences(report, figureId, value, def.unit) };
}

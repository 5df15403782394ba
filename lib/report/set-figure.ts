import { customFigureDef, type CustomFigureDef } from "./custom-figures";
import { findFigure, isFigureId, storedFigure, type FigureDef } from "./figures";
import type { FigureValue } from "./figure-value";
import type { Report } from "./schema";

/** A figure's definition by id: the catalogue's, or a custom figure's that applies to the report. */
export function figureDefOf(figureId: string, custom: readonly CustomFigureDef[]): FigureDef | null {
  const entry = findFigure(figureId);
  if (entry) return entry.def;
  const c = custom.find((d) => d.id === figureId);
  return c ? customFigureDef(c) : null;
}

/** The value a report states for a figure, catalogue or custom; null when it states none. */
export function figureOf(report: Report, figureId: string): FigureValue | null {
  if (isFigureId(figureId)) return storedFigure(report.figures, figureId);
  return report.customFigures[figureId] ?? null;
}

/** The report with one figure set, catalogue or custom (a custom id is the definition's). */
export function withFigure(report: Report, figureId: string, value: FigureValue | null): Report {
  const entry = findFigure(figureId);
  if (!entry) return { ...report, customFigures: { ...report.customFigures, [figureId]: value } };
  const topic: Record<string, FigureValue | null> = { ...report.figures[entry.topic] };
  topic[entry.key] = value;
  return { ...report, figures: { ...report.figures, [entry.topic]: topic } };
}

import { customFigureDef, topicLabel, type CustomFigureDef } from "./custom-figures";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, TOPIC_KEYS, storedFigure, type FigureDef, type Figures } from "./figures";
import { readFigureValue, type FigureValue } from "./figure-value";

/**
 * The figures of several years side by side, topic by topic, with the
 * change from the first year of the range to the last. Built from the
 * catalogue and the custom figures that apply to the organization, so a new
 * figure appears here without any change.
 *
 * Approximate values (500余, 近千) are shown as the report wrote them and
 * kept out of the arithmetic: no change is computed from them and no chart
 * draws them, and the comparison counts them so the page can say so.
 */

/** One year's figures; absent years (no report) are simply not given. */
export interface YearFigures {
  year: number;
  figures: Figures;
  /** The report's custom figures' values, by id. */
  customFigures?: Readonly<Record<string, FigureValue | null>>;
}

export interface FigureChange {
  /** last − first: in the figure's unit for counts, in percentage points for rates. */
  absolute: number;
  /**
   * The change relative to the first year, in percent. Null for rates (a rate
   * changes in points, "percent of a percent" misleads) and when the first
   * year's value is 0 (no base to compare with).
   */
  percent: number | null;
  direction: "up" | "down" | "same";
}

/** A row's figure: a catalogue figure (id "petitions.letters") or a custom one (its id). */
export interface ComparedFigure {
  id: string;
  def: FigureDef;
  custom: boolean;
}

/** What one year states: nothing, an exact number, or words as written (500余, and anything unreadable). */
export type YearCell = { kind: "none" } | { kind: "exact"; value: number } | { kind: "written"; text: string };

export interface FigureRow {
  figure: ComparedFigure;
  /** One cell per year of the comparison, in order. */
  cells: YearCell[];
  /** The exact values only, one per year (null elsewhere): what the change and the charts use. */
  values: (number | null)[];
  /** From the first year to the last; null when either is not an exact value. */
  change: FigureChange | null;
  /** The first or the last year states the value in words, so no change is computed. */
  changeNotComputed: boolean;
}

export interface TopicComparison {
  /** A catalogue topic key, or a custom topic's label. */
  topic: string;
  label: string;
  rows: FigureRow[];
  /** Cells of this topic written in words: shown as written, neither charted nor compared. */
  writtenCells: number;
}

export interface YearComparison {
  years: number[];
  /** Years of the range that have a report. */
  reported: number[];
  topics: TopicComparison[];
  writtenCells: number;
}

/** Figures' values are entered with at most two decimals; so is every difference shown. */
const round2 = (n: number) => Math.round(n * 100) / 100;

export function figureChange(figure: { def: FigureDef }, from: number | null, to: number | null): FigureChange | null {
  if (from === null || to === null) return null;
  const absolute = round2(to - from);
  const percent = figure.def.kind === "rate" || from === 0 ? null : round2(((to - from) / from) * 100);
  return { absolute, percent, direction: absolute > 0 ? "up" : absolute < 0 ? "down" : "same" };
}

/** Every year from `from` to `to`, both included; swapped when given backwards. */
export function yearRange(from: number, to: number): number[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function cellOf(value: FigureValue | null | undefined, def: FigureDef): YearCell {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) return { kind: "none" };
  const read = readFigureValue(value, def.unit);
  return read.kind === "exact" ? { kind: "exact", value: read.value } : { kind: "written", text: read.text };
}

function rowOf(figure: ComparedFigure, cells: YearCell[]): FigureRow {
  const values = cells.map((c) => (c.kind === "exact" ? c.value : null));
  const ends = cells.length < 2 ? [] : [cells[0], cells[cells.length - 1]];
  const change = ends.length === 0 ? null : figureChange(figure, values[0] ?? null, values[values.length - 1] ?? null);
  return { figure, cells, values, change, changeNotComputed: ends.some((c) => c?.kind === "written") };
}

const countWritten = (rows: readonly FigureRow[]) => rows.reduce((n, r) => n + r.cells.filter((c) => c.kind === "written").length, 0);

/**
 * `custom` are the definitions that apply to the organization today (its
 * own and its ancestors'), in their order; each joins its catalogue topic,
 * or a topic of its own after the catalogue's.
 */
export function compareYears(data: readonly YearFigures[], years: readonly number[], custom: readonly CustomFigureDef[] = []): YearComparison {
  const byYear = new Map(data.map((d) => [d.year, d]));
  const catalogueRow = (entry: (typeof FIGURE_ENTRIES)[number]) =>
    rowOf(
      { id: entry.id, def: entry.def, custom: false },
      years.map((y) => {
        const d = byYear.get(y);
        return cellOf(d ? storedFigure(d.figures, entry.id) : null, entry.def);
      }),
    );
  const customRow = (c: CustomFigureDef) => {
    const def = customFigureDef(c);
    return rowOf({ id: c.id, def, custom: true }, years.map((y) => cellOf(byYear.get(y)?.customFigures?.[c.id], def)));
  };
  const customIn = (topic: string) => custom.filter((c) => c.topic === topic).map(customRow);
  const ownTopics = [...new Set(custom.map((c) => c.topic).filter((t) => !(TOPIC_KEYS as readonly string[]).includes(t)))];
  const topics = [
    ...TOPIC_KEYS.map((topic) => ({
      topic,
      label: FIGURE_CATALOGUE[topic].label,
      rows: [...FIGURE_ENTRIES.filter((e) => e.topic === topic).map(catalogueRow), ...customIn(topic)],
    })),
    ...ownTopics.map((topic) => ({ topic, label: topicLabel(topic), rows: customIn(topic) })),
  ].map((t) => ({ ...t, writtenCells: countWritten(t.rows) }));
  return {
    years: [...years],
    reported: years.filter((y) => byYear.has(y)),
    topics,
    writtenCells: topics.reduce((n, t) => n + t.writtenCells, 0),
  };
}

/** The unit a value is shown with: % for rates, the figure's own unit otherwise. */
export const shownUnit = (def: FigureDef) => (def.kind === "rate" ? "%" : def.unit);

/** "+12", "−3 个百分点", "0": how a change reads in the table, with its sign spelled out. */
export function formatChange(change: FigureChange, figure: { def: FigureDef }): string {
  const sign = change.absolute > 0 ? "+" : change.absolute < 0 ? "−" : "";
  const unit = figure.def.kind === "rate" ? "个百分点" : figure.def.unit;
  return `${sign}${Math.abs(change.absolute)}${unit}`;
}

export function formatPercent(percent: number | null): string {
  if (percent === null) return "—";
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
  return `${sign}${Math.abs(percent)}%`;
}

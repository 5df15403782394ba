import { FIGURE_CATALOGUE, FIGURE_ENTRIES, TOPIC_KEYS, figureValue, type FigureEntry, type Figures, type TopicKey } from "./figures";

/**
 * The figures of several years side by side, topic by topic, with the
 * change from the first year of the range to the last. Built from the
 * catalogue, so a new figure appears here without any change.
 */

/** One year's figures; absent years (no report) are simply not given. */
export interface YearFigures {
  year: number;
  figures: Figures;
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

export interface FigureRow {
  entry: FigureEntry;
  /** One value per year of the comparison, in order; null where not entered or no report. */
  values: (number | null)[];
  /** From the first year to the last; null when either has no value. */
  change: FigureChange | null;
}

export interface TopicComparison {
  topic: TopicKey;
  label: string;
  rows: FigureRow[];
}

export interface YearComparison {
  years: number[];
  /** Years of the range that have a report. */
  reported: number[];
  topics: TopicComparison[];
}

/** Figures' values are entered with at most two decimals; so is every difference shown. */
const round2 = (n: number) => Math.round(n * 100) / 100;

export function figureChange(entry: FigureEntry, from: number | null, to: number | null): FigureChange | null {
  if (from === null || to === null) return null;
  const absolute = round2(to - from);
  const percent = entry.def.kind === "rate" || from === 0 ? null : round2(((to - from) / from) * 100);
  return { absolute, percent, direction: absolute > 0 ? "up" : absolute < 0 ? "down" : "same" };
}

/** Every year from `from` to `to`, both included; swapped when given backwards. */
export function yearRange(from: number, to: number): number[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export function compareYears(data: readonly YearFigures[], years: readonly number[]): YearComparison {
  const byYear = new Map(data.map((d) => [d.year, d.figures]));
  const rowFor = (entry: FigureEntry): FigureRow => {
    const values = years.map((y) => {
      const figures = byYear.get(y);
      return figures ? figureValue(figures, entry.id) : null;
    });
    const change = years.length < 2 ? null : figureChange(entry, values[0] ?? null, values[values.length - 1] ?? null);
    return { entry, values, change };
  };
  return {
    years: [...years],
    reported: years.filter((y) => byYear.has(y)),
    topics: TOPIC_KEYS.map((topic) => ({
      topic,
      label: FIGURE_CATALOGUE[topic].label,
      rows: FIGURE_ENTRIES.filter((e) => e.topic === topic).map(rowFor),
    })),
  };
}

/** "+12", "−3 个百分点", "0": how a change reads in the table, with its sign spelled out. */
export function formatChange(change: FigureChange, entry: FigureEntry): string {
  const sign = change.absolute > 0 ? "+" : change.absolute < 0 ? "−" : "";
  const unit = entry.def.kind === "rate" ? "个百分点" : entry.def.unit;
  return `${sign}${Math.abs(change.absolute)}${unit}`;
}

export function formatPercent(percent: number | null): string {
  if (percent === null) return "—";
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
  return `${sign}${Math.abs(percent)}%`;
}

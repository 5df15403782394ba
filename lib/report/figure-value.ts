import { toHalfWidth } from "./number-input";

/**
 * A figure's value as the report states it. Reports write exact numbers
 * (77起, 97.44%) and, as often, approximate ones (500余名, 20多次, 近千件,
 * 约30人, 1.2万余条). An exact value is stored as a number; an approximate
 * one as the words the drafter wrote, printed exactly so. What the words
 * mean is read from them here, so the cross-checks can bound an approximate
 * value or say that they skipped it, and never pretend it is exact.
 */
export type FigureValue = number | string;

/** The longest wording of an approximate value a figure field holds. */
export const MAX_FIGURE_TEXT = 40;

export type ReadValue =
  | { kind: "exact"; value: number }
  /**
   * `base` is the number the words name (500 for 500余, 12000 for 1.2万余,
   * 1000 for 近千); `lower` and `upper` bound the real value where the
   * words do (余/多/以上: at least base; 近/不足: at most base; 约/左右: neither).
   */
  | { kind: "approximate"; text: string; base: number; lower: number | null; upper: number | null }
  | { kind: "unreadable"; text: string };

const CHINESE_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MAGNITUDE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** Words before the number: what they say about the real value. */
const BEFORE: ReadonlyArray<[RegExp, "about" | "atMost" | "atLeast"]> = [
  [/^(约|大约|大概|预计)/, "about"],
  [/^(近|将近|接近|不足|不到)/, "atMost"],
  [/^(超过|逾|超|上|达|多达|共计)/, "atLeast"],
];
/** Words after the number. */
const AFTER: ReadonlyArray<[RegExp, "about" | "atLeast"]> = [
  [/(余|多|以上)$/, "atLeast"],
  [/(左右|上下)$/, "about"],
];

/** "500", "1.2万", "千", "两千", "3千" → the number; null when it is not one. */
function readNumber(s: string): number | null {
  const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)$/.exec(s);
  if (arabic) {
    const base = Number((arabic[1] ?? "").replace(/,/g, ""));
    return Array.from(arabic[2] ?? "").reduce((v, m) => v * (MAGNITUDE[m] ?? 1), base);
  }
  // 千, 两千, 三百, 上万 (after 上 is removed): one digit at most, then magnitudes.
  const chinese = /^([一二两三四五六七八九]?)([十百千万亿]+)$/.exec(s);
  if (chinese) {
    const digit = chinese[1] ? (CHINESE_DIGIT[chinese[1]] ?? 1) : 1;
    return Array.from(chinese[2] ?? "").reduce((v, m) => v * (MAGNITUDE[m] ?? 1), digit);
  }
  return null;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Reads what a figure field holds. `unit` (件, 名, %) may follow the words,
 * as drafters paste "500余名" straight from the text; it is not part of the
 * value. "零" is the exact 0 reports write as 零败诉.
 */
export function readFigureValue(value: FigureValue, unit = ""): ReadValue {
  if (typeof value === "number") return { kind: "exact", value };
  const text = value.trim();
  let s = toHalfWidth(text).replace(/\s+/g, "");
  const suffix = toHalfWidth(unit);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  if (s.endsWith("%")) s = s.slice(0, -1);
  if (s === "零" || s === "无") return { kind: "exact", value: 0 };
  let bound: "about" | "atMost" | "atLeast" | null = null;
  for (const [re, b] of BEFORE) {
    const m = re.exec(s);
    if (m) {
      bound = b;
      s = s.slice(m[0].length);
      break;
    }
  }
  for (const [re, b] of AFTER) {
    const m = re.exec(s);
    if (m) {
      // 超过500余 says no more than 超过500: the first word decides.
      bound ??= b;
      s = s.slice(0, -m[0].length);
      break;
    }
  }
  const base = readNumber(s);
  if (base === null) return { kind: "unreadable", text };
  // 1.2万 or 两千 is a rounded number, as reports use it: approximate even without 约.
  if (bound === null && /[十百千万亿]/.test(s)) bound = "about";
  if (bound === null) return { kind: "exact", value: round(base) };
  return {
    kind: "approximate",
    text,
    base: round(base),
    lower: bound === "atLeast" ? round(base) : null,
    upper: bound === "atMost" ? round(base) : null,
  };
}

/** The number a value states exactly, or null for an approximate, unreadable or missing one. */
export function exactNumber(value: FigureValue | null | undefined, unit = ""): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const read = readFigureValue(value, unit);
  return read.kind === "exact" ? read.value : null;
}

/** Numbers are printed as offices write them: 50846, 41.6, 97.44 (no grouping, no trailing zeros). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A value as the report prints it: an exact number as 50846, approximate words exactly as written. */
export function formatFigureValue(value: FigureValue): string {
  return typeof value === "number" ? formatNumber(value) : value.trim();
}

/**
 * What a drafter typed into a figure field, as it is stored: a number where
 * the text is a plain number (full-width digits, 50,846, "77起" with the
 * figure's unit are read as the number meant), otherwise the words exactly
 * as typed — 500余, 约30, and also anything unreadable, which is kept (a
 * draft never loses what was typed) and flagged on its field.
 */
export function figureInput(raw: string, unit = ""): FigureValue | null {
  const text = raw.trim();
  if (text === "") return null;
  let s = toHalfWidth(text).replace(/\s+/g, "");
  const suffix = toHalfWidth(unit);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  if (unit === "%" && s.endsWith("%")) s = s.slice(0, -1);
  if (/^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  // "500余人" pasted from the text: the unit follows the reference in the prose, so it is not kept.
  const unitless = unit && text.endsWith(unit) ? text.slice(0, -unit.length).trim() : text;
  return readFigureValue(unitless).kind === "approximate" ? unitless : text;
}

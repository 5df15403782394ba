import { RATE_RULES } from "./checks";
import { customFigureDef, topicLabel, type CustomFigureDef } from "./custom-figures";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, TOPIC_KEYS, type FigureKind } from "./figures";

/**
 * 汇总: one figure across a parent's units. Counts and amounts are summed;
 * a rate is recomputed from its summed counts where the catalogue says which
 * counts it is made of (RATE_RULES), and otherwise not totalled at all: an
 * average of units' rates weighs a unit of 3 cases like one of 3,000.
 * Approximate values (500余) are shown as written and counted apart, never
 * added: a total that silently includes "about 500" would look exact.
 */

export interface RollUpFigure {
  id: string;
  label: string;
  unit: string;
  kind: FigureKind;
  topic: string;
  topicLabel: string;
}

/** Every figure a parent's units may state: the catalogue's, then the custom ones that apply, topic by topic. */
export function rollUpFigures(custom: readonly CustomFigureDef[]): RollUpFigure[] {
  const customIn = (topic: string) =>
    custom
      .filter((c) => c.topic === topic)
      .map((c) => {
        const def = customFigureDef(c);
        return { id: c.id, label: def.label, unit: def.unit, kind: def.kind, topic, topicLabel: topicLabel(topic) };
      });
  const ownTopics = [...new Set(custom.map((c) => c.topic).filter((t) => !(TOPIC_KEYS as readonly string[]).includes(t)))];
  return [
    ...TOPIC_KEYS.flatMap((topic) => [
      ...FIGURE_ENTRIES.filter((e) => e.topic === topic).map((e) => ({
        id: e.id,
        label: e.def.label,
        unit: e.def.unit,
        kind: e.def.kind,
        topic,
        topicLabel: FIGURE_CATALOGUE[topic].label,
      })),
      ...customIn(topic),
    ]),
    ...ownTopics.flatMap(customIn),
  ];
}

/** The figures a rate's total needs beside the rate itself. */
export function rateOperands(figureIds: readonly string[]): string[] {
  return RATE_RULES.filter((r) => figureIds.includes(r.rate)).flatMap((r) => [r.numerator, r.denominator]);
}

export interface RollUpUnit {
  organizationId: string;
  name: string;
  /** The report of the year, when the parent may read it; null otherwise. */
  reportId: string | null;
}

/** A stored figure row: the value as written and the number where it is exact. */
export interface StatedValue {
  organizationId: string;
  year: number;
  figureId: string;
  value: string;
  exact: number | null;
}

export interface RollUpCell {
  /** As the report states it (77, 500余); null when it does not. */
  value: string | null;
  exact: number | null;
  last: string | null;
  lastExact: number | null;
  /** 1 for the largest exact value; null for approximate or missing ones. */
  rank: number | null;
}

export interface RollUpTotal {
  /** sum: counts and amounts; rate: recomputed from its counts; none: a rate that cannot be recomputed. */
  kind: "sum" | "rate" | "none";
  value: number | null;
  last: number | null;
  /** Units stating the figure exactly, and in words (left out of the total). */
  exactUnits: number;
  approximateUnits: number;
  /** For a recomputed rate: the counts it comes from, e.g. "32 / 77". */
  basis: string | null;
}

export interface RollUpRow {
  figure: RollUpFigure;
  cells: RollUpCell[];
  total: RollUpTotal;
}

export interface RollUpTable {
  year: number;
  units: RollUpUnit[];
  rows: RollUpRow[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The stated values of one figure and year by unit. Built once for the
 * table: 500 units × 80 figures × 2 years is 80,000 values, and a key made
 * of strings for each lookup cost more than the sums themselves.
 */
type ByUnit = ReadonlyMap<string, StatedValue>;
type ValueIndex = Map<string, Map<string, StatedValue>>;
const NONE: ByUnit = new Map();
const key = (year: number, figureId: string) => `${year}|${figureId}`;

function indexOf(values: readonly StatedValue[]): ValueIndex {
  const index: ValueIndex = new Map();
  for (const v of values) {
    const k = key(v.year, v.figureId);
    let byUnit = index.get(k);
    if (!byUnit) index.set(k, (byUnit = new Map()));
    byUnit.set(v.organizationId, v);
  }
  return index;
}

function sumOf(byUnit: ByUnit, units: readonly RollUpUnit[]): { sum: number | null; exact: number; approximate: number } {
  let sum: number | null = null;
  let exact = 0;
  let approximate = 0;
  for (const u of units) {
    const v = byUnit.get(u.organizationId);
    if (!v) continue;
    if (v.exact === null) approximate++;
    else {
      exact++;
      sum = round2((sum ?? 0) + v.exact);
    }
  }
  return { sum, exact, approximate };
}

/** numerator / denominator over the units that state both exactly: a unit stating one only would skew the rate. */
function recomputedRate(index: ValueIndex, units: readonly RollUpUnit[], year: number, numerator: string, denominator: string) {
  const numerators = index.get(key(year, numerator)) ?? NONE;
  const denominators = index.get(key(year, denominator)) ?? NONE;
  let num = 0;
  let den = 0;
  for (const u of units) {
    const n = numerators.get(u.organizationId)?.exact;
    const d = denominators.get(u.organizationId)?.exact;
    if (n === undefined || n === null || d === undefined || d === null) continue;
    num += n;
    den += d;
  }
  return den > 0 ? { value: round2((num / den) * 100), basis: `${round2(num)} / ${round2(den)}` } : { value: null, basis: null };
}

function totalOf(index: ValueIndex, units: readonly RollUpUnit[], year: number, figure: RollUpFigure): RollUpTotal {
  const stated = sumOf(index.get(key(year, figure.id)) ?? NONE, units);
  const counted = { exactUnits: stated.exact, approximateUnits: stated.approximate };
  if (figure.kind !== "rate") {
    return { kind: "sum", value: stated.sum, last: sumOf(index.get(key(year - 1, figure.id)) ?? NONE, units).sum, basis: null, ...counted };
  }
  const rule = RATE_RULES.find((r) => r.rate === figure.id);
  if (!rule) return { kind: "none", value: null, last: null, basis: null, ...counted };
  const now = recomputedRate(index, units, year, rule.numerator, rule.denominator);
  const last = recomputedRate(index, units, year - 1, rule.numerator, rule.denominator);
  return { kind: "rate", value: now.value, last: last.value, basis: now.basis, ...counted };
}

/** The table of units × figures with totals and a rank per figure, from the stored rows of this year and last. */
export function buildRollUp(year: number, units: readonly RollUpUnit[], figures: readonly RollUpFigure[], values: readonly StatedValue[]): RollUpTable {
  const index = indexOf(values);
  const rows = figures.map((figure): RollUpRow => {
    const nowByUnit = index.get(key(year, figure.id)) ?? NONE;
    const lastByUnit = index.get(key(year - 1, figure.id)) ?? NONE;
    const cells = units.map((u): RollUpCell => {
      const now = nowByUnit.get(u.organizationId);
      const last = lastByUnit.get(u.organizationId);
      return { value: now?.value ?? null, exact: now?.exact ?? null, last: last?.value ?? null, lastExact: last?.exact ?? null, rank: null };
    });
    // Equal values share a rank (1, 2, 2, 4), as league tables print them.
    const ranked = cells.filter((c) => c.exact !== null).sort((a, b) => (b.exact ?? 0) - (a.exact ?? 0));
    ranked.forEach((c, i) => {
      const previous = ranked[i - 1];
      c.rank = previous && previous.exact === c.exact ? previous.rank : i + 1;
    });
    return { figure, cells, total: totalOf(index, units, year, figure) };
  });
  return { year, units: [...units], rows };
}

/** Rows some unit states this year or last: the rest would be a page of empty cells. */
export const statedRows = (table: RollUpTable) => table.rows.filter((r) => r.cells.some((c) => c.value !== null || c.last !== null));

/** The total as printed: 128, 41.56%, or why there is none. */
export function formatTotal(total: RollUpTotal): string {
  if (total.kind === "none") return total.exactUnits + total.approximateUnits > 0 ? "不汇总（比率无计算依据）" : "—";
  return total.value === null ? "—" : `${total.value}`;
}

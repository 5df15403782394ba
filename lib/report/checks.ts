import { findFigure, formatFigure, storedFigure, type FigureId, type Figures } from "./figures";
import { readFigureValue } from "./figure-value";
import type { ReportIssue } from "./zod";

/**
 * How the figures check each other. Each rule names figures by id; a rule
 * applies only when every figure it names has a value, so a half-filled
 * draft is not flooded with messages.
 */
interface SumRule {
  total: FigureId;
  parts: readonly FigureId[];
}
interface PartRule {
  part: FigureId;
  whole: FigureId;
}
interface RateRule {
  rate: FigureId;
  numerator: FigureId;
  denominator: FigureId;
}

export const SUM_RULES: readonly SumRule[] = [
  // 市交办41起，已化解39起，未化解2起
  { total: "petitions.assigned", parts: ["petitions.resolved", "petitions.unresolved"] },
  // 网上投诉96起，按期办结85起，11起正在法定期间办理中
  { total: "petitions.onlineComplaints", parts: ["petitions.onlineClosedOnTime", "petitions.onlineInProgress"] },
];

export const PART_RULES: readonly PartRule[] = [
  // 开展法律六进活动共1023场，其中送法进校园23场，《民法典》宣讲16场
  { part: "legalEducation.schoolEvents", whole: "legalEducation.events" },
  { part: "legalEducation.civilCodeLectures", whole: "legalEducation.events" },
  { part: "petitions.backlogResolved", whole: "petitions.backlogCases" },
];

export const RATE_RULES: readonly RateRule[] = [
  // 积案77起，已化解32件，化解率41.6%
  { rate: "petitions.backlogResolutionRate", numerator: "petitions.backlogResolved", denominator: "petitions.backlogCases" },
];

export const figurePath = (id: FigureId) => `figures.${id}`;

const label = (id: FigureId) => findFigure(id)?.def.label ?? id;

/**
 * What a value says about the real number, as a range: an exact value is a
 * point; 500余 is at least 500; 近千 at most 1000; 约30 says nothing a check
 * can rely on. Null where nothing is entered (or the field holds NaN, what
 * the form holds while a number field contains something unreadable).
 */
interface Range {
  low: number;
  high: number;
  exact: boolean;
  shown: string;
}

function rangeOf(figures: Figures, id: FigureId): Range | null {
  const stored = storedFigure(figures, id);
  if (stored === null || (typeof stored === "number" && Number.isNaN(stored))) return null;
  const read = readFigureValue(stored, findFigure(id)?.def.unit);
  const unit = findFigure(id)?.def.kind === "rate" ? "%" : "";
  if (read.kind === "exact") return { low: read.value, high: read.value, exact: true, shown: `${label(id)}（${formatFigure(read.value)}${unit}）` };
  if (read.kind === "unreadable") return null;
  return { low: read.lower ?? 0, high: read.upper ?? Infinity, exact: false, shown: `${label(id)}（${read.text}）` };
}

function ranges(figures: Figures, ids: readonly FigureId[]): Range[] | null {
  const out: Range[] = [];
  for (const id of ids) {
    const r = rangeOf(figures, id);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

/** Decimal places as the office wrote the rate: 41.6 → 1, 97.44 → 2, 100 → 0. */
function decimals(value: number): number {
  const [, fraction = ""] = formatFigure(value).split(".");
  return fraction.length;
}

export interface FigureCheckResult {
  /** Disagreements: shown on every field they concern; 提交审核 refuses them. */
  issues: ReportIssue[];
  /** Checks an approximate value kept from being made exactly, said so on the fields concerned (not blocking). */
  skipped: ReportIssue[];
}

const APPROXIMATE_NOTE = "（含约数，按约数可能的范围判断）";

/** Every disagreement among the figures, once on each field it concerns, and the checks approximate values bounded or skipped. */
export function runFigureChecks(figures: Figures): FigureCheckResult {
  const issues: ReportIssue[] = [];
  const skipped: ReportIssue[] = [];
  const onEach = (into: ReportIssue[], ids: readonly FigureId[], message: string) => {
    for (const id of ids) into.push({ path: figurePath(id), message });
  };

  for (const rule of SUM_RULES) {
    const ids = [rule.total, ...rule.parts];
    const v = ranges(figures, ids);
    if (!v) continue;
    const [total, ...parts] = v;
    if (!total) continue;
    const low = parts.reduce((a, b) => a + b.low, 0);
    const high = parts.reduce((a, b) => a + b.high, 0);
    const named = parts.map((p) => p.shown).join("与");
    if (v.every((r) => r.exact)) {
      if (low !== total.low) onEach(issues, ids, `${named}之和为${formatFigure(low)}，与${total.shown}不一致`);
    } else if (high < total.low || low > total.high) {
      onEach(issues, ids, `${named}之和与${total.shown}不一致${APPROXIMATE_NOTE}`);
    } else {
      onEach(skipped, ids, `${named}之和与${total.shown}：含约数，未作精确核对`);
    }
  }

  for (const rule of PART_RULES) {
    const v = ranges(figures, [rule.part, rule.whole]);
    if (!v) continue;
    const [part, whole] = v;
    if (!part || !whole) continue;
    if (part.low > whole.high) {
      onEach(issues, [rule.part, rule.whole], `${part.shown}不能多于${whole.shown}${part.exact && whole.exact ? "" : APPROXIMATE_NOTE}`);
    }
  }

  for (const rule of RATE_RULES) {
    const ids = [rule.rate, rule.numerator, rule.denominator];
    const v = ranges(figures, ids);
    if (!v) continue;
    const [stated, num, den] = v;
    if (!stated || !num || !den || den.high === 0) continue;
    if (!v.every((r) => r.exact)) {
      onEach(skipped, ids, `${stated.shown}：所用数据含约数，未核对计算`);
      continue;
    }
    const computed = (num.low / den.low) * 100;
    // Equal "within rounding": the stated rate, at the precision it was written, is the computed one rounded.
    const tolerance = 0.5 * 10 ** -decimals(stated.low) + 1e-9;
    if (Math.abs(stated.low - computed) > tolerance) {
      onEach(issues, ids, `${stated.shown}与${num.shown}÷${den.shown}=${formatFigure(computed)}%不一致`);
    }
  }
  return { issues, skipped };
}

export function checkFigures(figures: Figures): ReportIssue[] {
  return runFigureChecks(figures).issues;
}

import { figureValue, findFigure, formatFigure, type FigureId, type Figures } from "./figures";
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
const show = (id: FigureId, value: number) =>
  `${label(id)}（${formatFigure(value)}${findFigure(id)?.def.kind === "rate" ? "%" : ""}）`;

/** Decimal places as the office wrote the rate: 41.6 → 1, 97.44 → 2, 100 → 0. */
function decimals(value: number): number {
  const [, fraction = ""] = formatFigure(value).split(".");
  return fraction.length;
}

function values(figures: Figures, ids: readonly FigureId[]): number[] | null {
  const out: number[] = [];
  for (const id of ids) {
    const v = figureValue(figures, id);
    // NaN is what the form holds while a number field contains something unreadable: not a value to check.
    if (v === null || Number.isNaN(v)) return null;
    out.push(v);
  }
  return out;
}

/** Every disagreement among the figures, once on each field it concerns. */
export function checkFigures(figures: Figures): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const onEach = (ids: readonly FigureId[], message: string) => {
    for (const id of ids) issues.push({ path: figurePath(id), message });
  };

  for (const rule of SUM_RULES) {
    const ids = [rule.total, ...rule.parts];
    const v = values(figures, ids);
    if (!v) continue;
    const [total = 0, ...parts] = v;
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum !== total) {
      const named = rule.parts.map((id, i) => show(id, parts[i] ?? 0)).join("与");
      onEach(ids, `${named}之和为${formatFigure(sum)}，与${show(rule.total, total)}不一致`);
    }
  }

  for (const rule of PART_RULES) {
    const v = values(figures, [rule.part, rule.whole]);
    if (!v) continue;
    const [part = 0, whole = 0] = v;
    if (part > whole) onEach([rule.part, rule.whole], `${show(rule.part, part)}不能多于${show(rule.whole, whole)}`);
  }

  for (const rule of RATE_RULES) {
    const v = values(figures, [rule.rate, rule.numerator, rule.denominator]);
    if (!v) continue;
    const [stated = 0, num = 0, den = 0] = v;
    if (den === 0) continue;
    const computed = (num / den) * 100;
    // Equal "within rounding": the stated rate, at the precision it was written, is the computed one rounded.
    const tolerance = 0.5 * 10 ** -decimals(stated) + 1e-9;
    if (Math.abs(stated - computed) > tolerance) {
      onEach(
        [rule.rate, rule.numerator, rule.denominator],
        `${show(rule.rate, stated)}与${show(rule.numerator, num)}÷${show(rule.denominator, den)}=${formatFigure(computed)}%不一致`,
      );
    }
  }
  return issues;
}

import { findFigure, formatFigure, storedFigure, type FigureDef, type FigureId, type Figures } from "./figures";
import { readFigureValue, type FigureValue } from "./figure-value";
import type { ReportIssue } from "./zod";

/**
 * How the figures check each other. Each rule names figures by id; a rule
 * applies only when every figure it names has a value, so a half-filled
 * draft is not flooded with messages. A rule states what holds by
 * definition, never what merely usually holds: its refusal blocks 提交审核.
 */
interface SumRule {
  total: FigureId;
  parts: readonly FigureId[];
  /**
   * Parts added to the sum where stated, without which the rule still
   * applies: an outcome that exists only in later years (确认无效, added by
   * the 2023 行政复议法), a category not every clean-up has (宣布失效).
   */
  optionalParts?: readonly FigureId[];
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

/** 直接纠错: the decisions that correct the contested act. */
const CORRECTIONS = [
  "reconsiderationLitigation.reconsiderationRevoked",
  "reconsiderationLitigation.reconsiderationVaried",
  "reconsiderationLitigation.reconsiderationDeclaredUnlawful",
  "reconsiderationLitigation.reconsiderationOrderedToAct",
] as const satisfies readonly FigureId[];
/** How a concluded reconsideration case ends: a 行政复议决定, a settlement or a termination. */
const OUTCOMES = [
  "reconsiderationLitigation.reconsiderationUpheld",
  "reconsiderationLitigation.reconsiderationDismissed",
  ...CORRECTIONS,
  "reconsiderationLitigation.reconsiderationSettled",
  "reconsiderationLitigation.reconsiderationTerminated",
] as const satisfies readonly FigureId[];
const DECLARED_VOID: FigureId = "reconsiderationLitigation.reconsiderationDeclaredVoid";
const CONCLUDED: FigureId = "reconsiderationLitigation.reconsiderationConcluded";

export const SUM_RULES: readonly SumRule[] = [
  // 市交办41起，已化解39起，未化解2起
  { total: "petitions.assigned", parts: ["petitions.resolved", "petitions.unresolved"] },
  // 网上投诉96起，按期办结85起，11起正在法定期间办理中
  { total: "petitions.onlineComplaints", parts: ["petitions.onlineClosedOnTime", "petitions.onlineInProgress"] },
  // 审结120件，其中维持60件、驳回20件、撤销10件……: every concluded case has exactly one outcome.
  { total: CONCLUDED, parts: OUTCOMES, optionalParts: [DECLARED_VOID] },
  // 直接纠错 is the decisions that correct the act: 撤销、变更、确认违法、责令履行 (and 确认无效 since 2024).
  { total: "reconsiderationLitigation.reconsiderationCorrected", parts: CORRECTIONS, optionalParts: [DECLARED_VOID] },
  // 清理规范性文件86件，保留60件、修改16件、废止10件
  {
    total: "normativeDocuments.documentsCleanedUp",
    parts: ["normativeDocuments.documentsKept", "normativeDocuments.documentsAmended", "normativeDocuments.documentsRepealed"],
    optionalParts: ["normativeDocuments.documentsInvalidated"],
  },
];

export const PART_RULES: readonly PartRule[] = [
  // 开展法律六进活动共1023场，其中送法进校园23场，《民法典》宣讲16场
  { part: "legalEducation.schoolEvents", whole: "legalEducation.events" },
  { part: "legalEducation.civilCodeLectures", whole: "legalEducation.events" },
  { part: "petitions.backlogResolved", whole: "petitions.backlogCases" },
  // An application is accepted at most once. (审结 may exceed 受理: cases carried over from last year.)
  { part: "reconsiderationLitigation.reconsiderationAccepted", whole: "reconsiderationLitigation.reconsiderationApplications" },
  // Each outcome is one of the concluded cases: checked while not every outcome is stated.
  ...[...OUTCOMES, DECLARED_VOID, "reconsiderationLitigation.reconsiderationCorrected" as const].map((part): PartRule => ({ part, whole: CONCLUDED })),
  { part: "reconsiderationLitigation.lawsuitsLost", whole: "reconsiderationLitigation.lawsuitsConcluded" },
  // A principal appears in court only in a case heard in court.
  { part: "reconsiderationLitigation.principalsInCourt", whole: "reconsiderationLitigation.lawsuitsHeard" },
  { part: "enforcement.certifiedOfficers", whole: "enforcement.officers" },
  { part: "legalEducation.mediationsSucceeded", whole: "legalEducation.mediationCases" },
];

export const RATE_RULES: readonly RateRule[] = [
  // 积案77起，已化解32件，化解率41.6%
  { rate: "petitions.backlogResolutionRate", numerator: "petitions.backlogResolved", denominator: "petitions.backlogCases" },
  { rate: "reconsiderationLitigation.reconsiderationCorrectionRate", numerator: "reconsiderationLitigation.reconsiderationCorrected", denominator: CONCLUDED },
  { rate: "reconsiderationLitigation.reconsiderationSettlementRate", numerator: "reconsiderationLitigation.reconsiderationSettled", denominator: CONCLUDED },
  { rate: "reconsiderationLitigation.lawsuitLossRate", numerator: "reconsiderationLitigation.lawsuitsLost", denominator: "reconsiderationLitigation.lawsuitsConcluded" },
  // The denominator is the cases heard in court, not every case: a case decided on the papers has no hearing to attend.
  { rate: "reconsiderationLitigation.courtAppearanceRate", numerator: "reconsiderationLitigation.principalsInCourt", denominator: "reconsiderationLitigation.lawsuitsHeard" },
  { rate: "legalEducation.mediationSuccessRate", numerator: "legalEducation.mediationsSucceeded", denominator: "legalEducation.mediationCases" },
];

export const figurePath = (id: FigureId) => `figures.${id}`;

/**
 * One figure as a check sees it: where its field is, what it is, what the
 * report states. Built-in figures and an organization's custom figures
 * (custom-figures.ts) are checked by the same code through it.
 */
export interface Operand {
  path: string;
  def: FigureDef;
  value: FigureValue | null;
}

const UNKNOWN: FigureDef = { label: "未知数据", unit: "", kind: "count" };

export function figureOperand(figures: Figures, id: FigureId): Operand {
  return { path: figurePath(id), def: findFigure(id)?.def ?? UNKNOWN, value: storedFigure(figures, id) };
}

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

function rangeOf({ def, value }: Operand): Range | null {
  if (value === null || (typeof value === "number" && Number.isNaN(value))) return null;
  const read = readFigureValue(value, def.unit);
  const unit = def.kind === "rate" ? "%" : "";
  if (read.kind === "exact") return { low: read.value, high: read.value, exact: true, shown: `${def.label}（${formatFigure(read.value)}${unit}）` };
  if (read.kind === "unreadable") return null;
  return { low: read.lower ?? 0, high: read.upper ?? Infinity, exact: false, shown: `${def.label}（${read.text}）` };
}

function ranges(operands: readonly Operand[]): Range[] | null {
  const out: Range[] = [];
  for (const op of operands) {
    const r = rangeOf(op);
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

const onEach = (into: ReportIssue[], operands: readonly Operand[], message: string) => {
  for (const op of operands) into.push({ path: op.path, message });
};

/** total = the sum of parts (and of the optional parts that hold a value); nothing when a required one is empty. */
export function checkSum(result: FigureCheckResult, total: Operand, parts: readonly Operand[], optionalParts: readonly Operand[] = []): void {
  const counted = [...parts, ...optionalParts.filter((op) => rangeOf(op) !== null)];
  const operands = [total, ...counted];
  const v = ranges(operands);
  if (!v) return;
  const [t, ...p] = v;
  if (!t) return;
  const low = p.reduce((a, b) => a + b.low, 0);
  const high = p.reduce((a, b) => a + b.high, 0);
  const named = p.map((r) => r.shown).join("与");
  if (v.every((r) => r.exact)) {
    // Amounts carry two decimals: compare in hundredths, not in binary fractions.
    if (Math.abs(low - t.low) > 1e-6) onEach(result.issues, operands, `${named}之和为${formatFigure(low)}，与${t.shown}不一致`);
  } else if (high < t.low || low > t.high) {
    onEach(result.issues, operands, `${named}之和与${t.shown}不一致${APPROXIMATE_NOTE}`);
  } else {
    onEach(result.skipped, operands, `${named}之和与${t.shown}：含约数，未作精确核对`);
  }
}

/** part ≤ whole, judged on the range an approximate value allows. */
export function checkPart(result: FigureCheckResult, part: Operand, whole: Operand): void {
  const v = ranges([part, whole]);
  if (!v) return;
  const [p, w] = v;
  if (!p || !w) return;
  if (p.low > w.high) {
    onEach(result.issues, [part, whole], `${p.shown}不能多于${w.shown}${p.exact && w.exact ? "" : APPROXIMATE_NOTE}`);
  }
}

/** rate = numerator ÷ denominator, within the rounding the rate was written with; skipped when any is approximate. */
export function checkRate(result: FigureCheckResult, rate: Operand, numerator: Operand, denominator: Operand): void {
  const operands = [rate, numerator, denominator];
  const v = ranges(operands);
  if (!v) return;
  const [stated, num, den] = v;
  if (!stated || !num || !den || den.high === 0) return;
  if (!v.every((r) => r.exact)) {
    onEach(result.skipped, operands, `${stated.shown}：所用数据含约数，未核对计算`);
    return;
  }
  const computed = (num.low / den.low) * 100;
  // Equal "within rounding": the stated rate, at the precision it was written, is the computed one rounded.
  const tolerance = 0.5 * 10 ** -decimals(stated.low) + 1e-9;
  if (Math.abs(stated.low - computed) > tolerance) {
    onEach(result.issues, operands, `${stated.shown}与${num.shown}÷${den.shown}=${formatFigure(computed)}%不一致`);
  }
}

/** Every disagreement among the figures, once on each field it concerns, and the checks approximate values bounded or skipped. */
export function runFigureChecks(figures: Figures): FigureCheckResult {
  const result: FigureCheckResult = { issues: [], skipped: [] };
  const op = (id: FigureId) => figureOperand(figures, id);
  for (const rule of SUM_RULES) checkSum(result, op(rule.total), rule.parts.map(op), (rule.optionalParts ?? []).map(op));
  for (const rule of PART_RULES) checkPart(result, op(rule.part), op(rule.whole));
  for (const rule of RATE_RULES) checkRate(result, op(rule.rate), op(rule.numerator), op(rule.denominator));
  return result;
}

export function checkFigures(figures: Figures): ReportIssue[] {
  return runFigureChecks(figures).issues;
}

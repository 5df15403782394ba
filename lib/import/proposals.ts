import { formatFigureValue } from "@/lib/report/figure-value";
import { findFigure, type FigureDef, type FigureId } from "@/lib/report/figures";
import type { Report } from "@/lib/report/schema";
import { textFields } from "@/lib/report/walk";
import { FIGURE_PATTERNS, type FigureCue, type FigurePattern, type ZeroCue } from "./figure-patterns";
import { numberTokens, ZERO, type NumberToken } from "./numbers";
import type { Confidence, FigureProposal } from "./types";

/**
 * Proposes figure values from the numbers in the prose. Nothing is changed in
 * the report: the user confirms proposals, and applyProposals() then sets the
 * figures and puts references in place of the numbers.
 */

// Characters that stand between a keyword and its number: 共接收…案件共计77起, 满意率为97.44%.
const FILLER = new Set(Array.from("共计为达到约均已总累有了"));
const MAX_FILLER = 4;
const CLAUSE_END = /[，。；！？：\n]/;
const SENTENCE_END = /[。！？；\n]/;

interface Candidate {
  figureId: FigureId;
  def: FigureDef;
  path: string;
  token: NumberToken;
  text: string;
  strong: boolean;
  reason: string;
}

interface PreparedPattern {
  figureId: FigureId;
  def: FigureDef;
  /** Longest first, so 人次 is tried before 人. */
  units: readonly string[];
  cues: readonly FigureCue[];
  zero: readonly ZeroCue[];
}

const PATTERNS: readonly PreparedPattern[] = Object.entries(FIGURE_PATTERNS).flatMap(([id, p]: [string, FigurePattern]) => {
  const entry = findFigure(id);
  const units = [...p.units].sort((a, b) => b.length - a.length);
  return entry ? [{ figureId: entry.id, def: entry.def, units, cues: p.cues, zero: p.zero ?? [] }] : [];
});

/**
 * Scans from `from` to the nearest `end` character, at most `limit` characters
 * away: a cue sits within a few words of its number, and the bound keeps a text
 * with no punctuation at all linear instead of quadratic.
 */
const WINDOW = 200;
function boundary(text: string, from: number, step: 1 | -1, end: RegExp, limit = WINDOW): number {
  let i = from;
  const stop = from + step * limit;
  while (i >= 0 && i < text.length && i !== stop && !end.test(text[i] ?? "")) i += step;
  return i;
}

/** The unit written right after the number (500余 in "500余名" is the number), or null when none of `units` fits. */
function unitAfter(text: string, at: number, units: readonly string[]): { unit: string; end: number } | null {
  const rest = text.slice(at, at + 4);
  const unit = units.find((u) => rest.startsWith(u));
  return unit === undefined ? null : { unit, end: at + unit.length };
}

function endsWithCue(before: string, cue: string): boolean {
  for (let k = 0; k <= MAX_FILLER && k <= before.length; k++) {
    const gap = before.slice(before.length - k);
    if (k > 0 && !FILLER.has(gap[0] ?? "")) break;
    if (before.slice(0, before.length - k).endsWith(cue)) return true;
  }
  return false;
}

interface Context {
  clauseBefore: string;
  afterUnit: string;
  clause: string;
  sentence: string;
}

function cueMatches(cue: FigureCue, c: Context): boolean {
  if (cue.before !== undefined && !endsWithCue(c.clauseBefore, cue.before)) return false;
  if (cue.after !== undefined && !c.afterUnit.startsWith(cue.after)) return false;
  return (cue.clause ?? []).every((w) => c.clause.includes(w)) && (cue.sentence ?? []).every((w) => c.sentence.includes(w));
}

/** Next to the number and specific: high confidence. */
const isStrong = (cue: FigureCue) => (cue.before !== undefined || cue.after !== undefined) && !cue.weak;

function describe(cue: FigureCue): string {
  const near = cue.before ?? cue.after;
  if (near === undefined) return `同一分句中有“${(cue.clause ?? []).join("”“")}”`;
  return cue.weak ? `紧邻关键词“${near}”，但这个词也用于其他工作，请核对` : `紧邻关键词“${near}”`;
}

function candidatesIn(path: string, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const token of numberTokens(text)) {
    const prev = text[token.index - 1] ?? "";
    // 第3次 is an ordinal, 〔2021〕 a document number; neither is a figure.
    if (prev === "第" || prev === "〔" || prev === "[") continue;
    const numberEnd = token.index + token.raw.length;
    const clauseStart = boundary(text, token.index - 1, -1, CLAUSE_END) + 1;
    const clauseEnd = boundary(text, numberEnd, 1, CLAUSE_END);
    const clause = text.slice(clauseStart, clauseEnd);
    const clauseBefore = text.slice(clauseStart, token.index);
    const sentence = sentenceAround(text, token);

    for (const { figureId, def, units, cues } of PATTERNS) {
      if (!valueFits(def, token)) continue;
      const unit = unitAfter(text, numberEnd, units);
      if (!unit) continue;
      const context = { clauseBefore, afterUnit: text.slice(unit.end, clauseEnd), clause, sentence };
      const matched = cues.filter((c) => cueMatches(c, context));
      if (matched.length === 0) continue;
      // Prefer a cue that sits next to the number over one that only shares the clause.
      const best = matched.find(isStrong) ?? matched[0];
      if (!best) continue;
      const strong = isStrong(best);
      out.push({ figureId, def, path, token, text, strong, reason: describe(best) });
    }
  }
  return [...out, ...zeroCandidatesIn(path, text)].sort((a, b) => a.token.index - b.token.index);
}

/** The cue's words stand right before and right after the 零 at `i`. */
const zeroCueAt = (text: string, i: number, z: ZeroCue) =>
  i >= z.before.length && text.startsWith(z.before, i - z.before.length) && text.startsWith(z.after, i + 1);

/** 零 stated of a figure in words: "实现进京访零登记". Only a pattern's own `zero` cues propose it. */
function zeroCandidatesIn(path: string, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(ZERO); i >= 0; i = text.indexOf(ZERO, i + 1)) {
    const token: NumberToken = { raw: ZERO, value: ZERO, base: 0, index: i, decimal: false };
    for (const { figureId, def, zero } of PATTERNS) {
      const cue = zero.find((z) => zeroCueAt(text, i, z));
      if (cue) out.push({ figureId, def, path, token, text, strong: true, reason: `原文写作“${cue.before}零${cue.after}”` });
    }
  }
  return out;
}

function valueFits(def: FigureDef, token: NumberToken): boolean {
  const n = token.base;
  if (def.kind === "count") return !token.decimal && Number.isSafeInteger(n) && n >= 0 && n <= 1_000_000_000;
  if (def.kind === "amount") return n >= 0 && n <= 1_000_000_000 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
  return n <= 100 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
}

function sentenceAround(text: string, token: NumberToken): string {
  const start = boundary(text, token.index - 1, -1, SENTENCE_END) + 1;
  const end = boundary(text, token.index + token.raw.length, 1, SENTENCE_END);
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/** Every number that looks like a figure, in reading order, with how sure the match is. */
export function proposeFigures(report: Report): FigureProposal[] {
  // Header fields (title, 文号) carry years and serial numbers, never figures.
  const fields = textFields(report).filter((f) => !f.path.startsWith("header."));
  const candidates = fields.flatMap((f) => candidatesIn(f.path, f.text));

  // Values compared as printed: 500余 and 500 are two different statements of a figure.
  const valuesOf = new Map<FigureId, Set<string>>();
  const strongClaims = new Map<string, number>();
  const at = (c: Candidate) => `${c.path}@${c.token.index}`;
  for (const c of candidates) {
    valuesOf.set(c.figureId, (valuesOf.get(c.figureId) ?? new Set()).add(formatFigureValue(c.token.value)));
    if (c.strong) strongClaims.set(at(c), (strongClaims.get(at(c)) ?? 0) + 1);
  }

  return candidates.map((c) => {
    let confidence: Confidence = c.strong ? "high" : "medium";
    let reason = c.reason;
    const values = valuesOf.get(c.figureId) ?? new Set();
    if (values.size > 1) {
      confidence = "low";
      reason += `；文中该数据有不同的数值：${[...values].join("、")}`;
    } else if (c.strong && (strongClaims.get(at(c)) ?? 0) > 1) {
      confidence = "low";
      reason += "；这个数字同时像另一项数据";
    }
    return {
      figureId: c.figureId,
      label: c.def.label,
      value: c.token.value,
      raw: c.token.raw,
      path: c.path,
      index: c.token.index,
      sentence: sentenceAround(c.text, c.token),
      confidence,
      reason,
    };
  });
}

import { FIGURE_ENTRIES, figureValue, formatFigure, type FigureEntry, type FigureId, type Figures } from "./figures";
import type { Report } from "./schema";
import { textFields } from "./walk";
import type { ReportIssue } from "./zod";

/**
 * Numbers typed into the prose that contradict the figures.
 *
 * References ({{petitions.resolved}}) cannot disagree with the data, but
 * drafters also type numbers, and last year's text carries last year's
 * numbers. Only what a text *obviously* states is compared: the figure's
 * label (or one of a few usual wordings), at most a few connecting
 * characters (共, 达, 累计…), a number, and the figure's unit — "共接收行政
 * 诉讼案件78起". Approximate numbers (500余人, 近80起) are never compared.
 */

/** Other usual wordings for figures whose catalogue label rarely appears verbatim. */
const ALIASES: Partial<Record<FigureId, readonly string[]>> = {
  "reconsiderationLitigation.lawsuits": ["行政诉讼"],
  "reconsiderationLitigation.reconsiderationCases": ["行政复议"],
  "reconsiderationLitigation.compensationClaims": ["行政赔偿"],
  "petitions.toBeijing": ["京访"],
  "petitions.toProvince": ["省访"],
  "petitions.letters": ["来信"],
  "petitions.calls": ["来电"],
  "petitions.textMessages": ["短信"],
  "legalEducation.events": ["六进”活动", "六进活动"],
  "legalEducation.schoolEvents": ["送法进校园"],
  "legalEducation.civilCodeLectures": ["民法典》宣讲", "民法典宣讲"],
  "legalEducation.vicePrincipals": ["法治副校长"],
  "enforcement.certifiedOfficers": ["持证执法人员"],
  "enforcement.penalties": ["行政处罚"],
  "legalEducation.boards": ["宣传版面"],
  "legalEducation.slogans": ["宣传标语"],
};

export interface ProseContradiction {
  figure: FigureId;
  /** The number as the text states it. */
  stated: number;
  value: number;
  /** Where the statement ("行政诉讼案件78起") starts in the text, and its length. */
  index: number;
  length: number;
  excerpt: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const DIGIT = "[0-9０-９]";
/** Connecting characters between the words and the number: anything but digits, punctuation and references. */
const GAP = "[^0-9０-９，。；：、,.;:！？!?（）()《》“”{}\\s]{0,6}?";
const APPROXIMATE = /^(余|多|近|约|左右|以上)/;

function toNumber(s: string): number {
  const half = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "");
  return Number(half);
}

interface Matcher {
  entry: FigureEntry;
  pattern: RegExp;
}

const wordsOf = (entry: FigureEntry) => [entry.def.label, ...(ALIASES[entry.id] ?? [])];

const MATCHERS: Matcher[] = FIGURE_ENTRIES.map((entry) => {
  const words = wordsOf(entry).map(escape).join("|");
  const unit = entry.def.kind === "rate" ? "[%％]" : escape(entry.def.unit);
  const number = `${DIGIT}+(?:[,，]${DIGIT}{3})*(?:[.．]${DIGIT}+)?`;
  // Group 1 the words, group 2 the number; the lookahead (group 3) lets "余/多" after the number mark it as approximate.
  return { entry, pattern: new RegExp(`(${words})${GAP}(?<![近约超过])(${number})(?=(余|多)?${unit})`, "gu") };
});

/**
 * For each figure's words, the longer words of other figures that contain
 * them: "持证行政执法人员" contains 行政执法人员, "行政复议撤销" contains the
 * alias 行政复议. Where the text reads the longer words, it names the other
 * figure, and the shorter match is not a statement of this one.
 */
const LONGER = new Map<string, string[]>();
for (const entry of FIGURE_ENTRIES) {
  for (const word of wordsOf(entry)) {
    const longer = FIGURE_ENTRIES.filter((other) => other !== entry).flatMap(wordsOf).filter((w) => w.length > word.length && w.includes(word));
    if (longer.length > 0) LONGER.set(word, [...(LONGER.get(word) ?? []), ...longer]);
  }
}

function partOfLongerWords(text: string, word: string, index: number): boolean {
  return (LONGER.get(word) ?? []).some((longer) => {
    for (let k = longer.indexOf(word); k >= 0; k = longer.indexOf(word, k + 1)) {
      if (index - k >= 0 && text.startsWith(longer, index - k)) return true;
    }
    return false;
  });
}

/** Every statement in `text` of a figure whose value differs from what the text says. */
export function findProseContradictions(text: string, figures: Figures): ProseContradiction[] {
  if (!/[0-9０-９]/.test(text)) return [];
  const found: ProseContradiction[] = [];
  for (const { entry, pattern } of MATCHERS) {
    const value = figureValue(figures, entry.id);
    if (value === null || Number.isNaN(value)) continue;
    for (const m of text.matchAll(pattern)) {
      const words = m[1] ?? "";
      const raw = m[2] ?? "";
      if (m[3] || APPROXIMATE.test(text.slice(m.index + m[0].length))) continue;
      if (partOfLongerWords(text, words, m.index)) continue;
      const before = text.slice(Math.max(0, m.index + m[0].length - raw.length - 2), m.index + m[0].length - raw.length);
      if (/(近|约|超过)$/.test(before)) continue;
      const stated = toNumber(raw);
      if (Math.abs(stated - value) < 1e-9) continue;
      const length = m[0].length + (entry.def.kind === "rate" ? 1 : entry.def.unit.length);
      found.push({ figure: entry.id, stated, value, index: m.index, length, excerpt: text.slice(m.index, m.index + length) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function contradictionMessage(c: ProseContradiction): string {
  const entry = FIGURE_ENTRIES.find((e) => e.id === c.figure);
  const unit = entry?.def.kind === "rate" ? "%" : (entry?.def.unit ?? "");
  return `正文写的“${c.excerpt}”与数据“${entry?.def.label ?? c.figure}”（${formatFigure(c.value)}${unit}）不一致：正文为${formatFigure(c.stated)}，数据为${formatFigure(c.value)}。可改为插入数据引用`;
}

/** The contradictions of every text in the report, as issues on the texts concerned. */
export function proseIssues(report: Report): ReportIssue[] {
  return textFields(report).flatMap(({ path, text }) =>
    findProseContradictions(text, report.figures).map((c) => ({ path, message: contradictionMessage(c) })),
  );
}

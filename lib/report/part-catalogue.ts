/**
 * The parts a 法治政府建设年度报告 is made of, declared once.
 *
 * The 《法治政府建设与责任落实督察工作规定》 (2019) names five contents an
 * annual report must have; offices put them in the order they choose, often
 * the principal leaders' duty first, and some close with a paragraph of
 * their own before 特此报告. A report is therefore an ordered list of parts,
 * each of one kind below. Every view of a report (form, outline, preview and
 * PDF blocks, text, carry-over, comments, search, import, font coverage,
 * comparison) is a map over PartKind, so a kind one view forgets does not
 * compile. Kinds are stored in saved reports: renaming one needs a data
 * migration; names and headings can change freely.
 */

/** The regulation's five contents of an annual report, in its order and words. */
export const REGULATION_ITEMS = {
  measures: "上一年度推进法治政府建设的主要举措和成效",
  shortcomings: "存在的不足和原因",
  duty: "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
  plans: "下一年度推进法治政府建设的主要安排",
  other: "其他需要报告的情况",
} as const;

export type RegulationItem = keyof typeof REGULATION_ITEMS;

/**
 * How a part holds its content:
 * section  – heading, introduction, items (（一） with 1. and （1） below);
 * problems – heading, introduction, problems each with its cause (原因分析);
 * text     – paragraphs without a heading (a concluding paragraph).
 */
export type PartShape = "section" | "problems" | "text";

export interface PartDef {
  /** The one name users see for the kind, everywhere. */
  readonly name: string;
  /** The regulation item the part answers; null for a part the regulation does not ask for. */
  readonly answers: RegulationItem | null;
  readonly shape: PartShape;
  /** Whether a final report must have a filled part of this kind. */
  readonly required: boolean;
  /** Whether a report usually has several (measures are often split into many 一、 parts). */
  readonly repeatable: boolean;
  /** The heading a new part of this kind starts with; `year` is the report's year. */
  readonly defaultHeading: (year: number | null) => string;
}

export const PART_CATALOGUE = {
  measures: {
    name: "主要举措和成效",
    answers: "measures",
    shape: "section",
    required: true,
    repeatable: true,
    defaultHeading: () => "主要举措和成效",
  },
  duty: {
    name: "第一责任人职责",
    answers: "duty",
    shape: "section",
    required: true,
    repeatable: false,
    defaultHeading: () => "党政主要负责人履行推进法治建设第一责任人职责情况",
  },
  problems: {
    name: "存在的不足和原因",
    answers: "shortcomings",
    shape: "problems",
    required: true,
    repeatable: false,
    defaultHeading: () => "存在的不足和原因",
  },
  plans: {
    name: "下一年度工作安排",
    answers: "plans",
    shape: "section",
    required: true,
    repeatable: false,
    defaultHeading: (year) => (year === null ? "下一年度工作安排" : `${year + 1}年工作安排`),
  },
  otherMatters: {
    name: "其他需要报告的情况",
    answers: "other",
    shape: "section",
    // The regulation lists it, but most years there is nothing else to report.
    required: false,
    repeatable: false,
    defaultHeading: () => "其他需要报告的情况",
  },
  conclusion: {
    name: "结尾段落",
    answers: null,
    shape: "text",
    required: false,
    repeatable: false,
    defaultHeading: () => "",
  },
} as const satisfies Readonly<Record<string, PartDef>>;

export type PartKind = keyof typeof PART_CATALOGUE;

/** Catalogue order: the order of a new report and of the "add a part" menu. */
export const PART_KINDS = Object.keys(PART_CATALOGUE) as PartKind[];

export function isPartKind(value: string): value is PartKind {
  return value in PART_CATALOGUE;
}

export function partDef(kind: PartKind): PartDef {
  return PART_CATALOGUE[kind];
}

/** The kinds whose parts have the section shape. */
export type SectionKind = { [K in PartKind]: (typeof PART_CATALOGUE)[K]["shape"] extends "section" ? K : never }[PartKind];
export const SECTION_KINDS = PART_KINDS.filter((k): k is SectionKind => PART_CATALOGUE[k].shape === "section");

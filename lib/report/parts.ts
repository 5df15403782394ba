import { nanoid } from "nanoid";
import { z } from "./zod";
import { FIGURE_CATALOGUE, TOPIC_KEYS, type FigureDef, type FigureKey, type TopicKey } from "./figures";
import { MAX_FIGURE_TEXT, type FigureValue } from "./figure-value";
import { PART_CATALOGUE, type PartKind, type SectionKind } from "./part-catalogue";

/**
 * The parts a report is built from. Each builder takes the mode: a draft
 * accepts anything partial (missing parts default to empty, so the form
 * always has the whole shape), the final report must have every part the
 * regulation asks for. Both modes produce the same TypeScript type; only
 * the refinements differ.
 */
export type Mode = "draft" | "final";

/**
 * Limits on text. A draft never refuses what a person typed (autosave keeps
 * working whatever is in a field), so the usual limits are checked as flags
 * on the field and enforced only by 提交审核; the draft refuses only what no
 * person types (HARD_TEXT), to keep the server's storage bounded. The
 * editor's counter shows both limits before they are reached.
 */
export const MAX_TEXT = 20_000;
export const MAX_LINE = 200;
export const HARD_TEXT = 100_000;
export const MAX_ITEMS = 500;

const newId = () => nanoid(10);

const filled = (s: string) => s.trim().length > 0;

/** A free text field; in a final report `required` ones must not be blank. */
export function textSchema(mode: Mode, opts: { label: string; required?: boolean; max?: number }) {
  const max = mode === "final" ? (opts.max ?? MAX_TEXT) : HARD_TEXT;
  // The refinement goes after the default: zod returns a default without
  // running the schema it wraps, so a missing field would skip the check.
  const schema = z.string().max(max, `${opts.label}不能超过${max}个字符`).default("");
  return mode === "final" && opts.required ? schema.refine(filled, `请填写${opts.label}`) : schema;
}

const id = () => z.string().min(1).max(64).default(newId);

const list = <T extends z.ZodType>(item: T, label: string) =>
  z.array(item).max(MAX_ITEMS, `${label}不能超过${MAX_ITEMS}项`).default([]);

/** 1. and (1) under an item: level 3 holds level 4, which holds nothing further. */
function subItemSchema(mode: Mode) {
  const leaf = z.strictObject({
    id: id(),
    heading: textSchema(mode, { label: "标题", max: MAX_LINE }),
    body: textSchema(mode, { label: "正文" }),
  });
  return z.strictObject({
    id: id(),
    heading: textSchema(mode, { label: "标题", max: MAX_LINE }),
    body: textSchema(mode, { label: "正文" }),
    subItems: list(leaf, "子事项"),
  });
}

/** An item of a section: its (一) lead sentence, its text, its sub-items. */
export function itemSchema(mode: Mode) {
  const schema = z.strictObject({
    id: id(),
    heading: textSchema(mode, { label: "事项标题", max: MAX_LINE }),
    body: textSchema(mode, { label: "事项正文" }),
    subItems: list(subItemSchema(mode), "子事项"),
  });
  if (mode === "draft") return schema;
  return schema.refine((item) => filled(item.heading) || filled(item.body), {
    message: "事项的标题和正文不能都为空",
    path: ["body"],
  });
}

/** The fields every section-shaped part has: heading, an optional introduction, its items. */
function sectionFields(mode: Mode, label: string) {
  return {
    id: id(),
    // Required only of a part that holds something: see finalIssues in schema.ts.
    heading: textSchema(mode, { label: `${label}的标题`, max: MAX_LINE }),
    intro: textSchema(mode, { label: "导语" }),
    items: list(itemSchema(mode), "事项"),
  };
}

/** One shortcoming and its cause (原因分析), as the regulation asks. */
export function problemSchema(mode: Mode) {
  return z.strictObject({
    id: id(),
    heading: textSchema(mode, { label: "问题标题", max: MAX_LINE }),
    description: textSchema(mode, { label: "问题描述", required: true }),
    cause: textSchema(mode, { label: "原因分析", required: true }),
  });
}

/** A part of the report, one schema per kind of the catalogue; `kind` tells them apart. */
export function partSchema(mode: Mode) {
  const section = <K extends SectionKind>(kind: K) => z.strictObject({ kind: z.literal(kind), ...sectionFields(mode, PART_CATALOGUE[kind].name) });
  const schemas = {
    measures: section("measures"),
    duty: section("duty"),
    plans: section("plans"),
    otherMatters: section("otherMatters"),
    problems: z.strictObject({
      kind: z.literal("problems"),
      id: id(),
      heading: textSchema(mode, { label: "存在的不足和原因部分的标题", max: MAX_LINE }),
      intro: textSchema(mode, { label: "导语" }),
      items: list(problemSchema(mode), "问题"),
    }),
    conclusion: z.strictObject({
      kind: z.literal("conclusion"),
      id: id(),
      text: textSchema(mode, { label: "结尾段落" }),
    }),
  } satisfies { [K in PartKind]: z.ZodType };
  return z.discriminatedUnion("kind", [
    schemas.measures,
    schemas.duty,
    schemas.problems,
    schemas.plans,
    schemas.otherMatters,
    schemas.conclusion,
  ]);
}

const isoDate = (mode: Mode, label: string, required: boolean) => {
  const schema = z.union([z.literal(""), z.iso.date(`${label}应为有效日期，格式如 2021-02-24`)]).default("");
  return mode === "final" && required ? schema.refine(filled, `请填写${label}`) : schema;
};

export function headerSchema(mode: Mode) {
  const year = z
    .number(`年度应为数字`)
    .int("年度应为整数")
    .min(2000, "年度不能早于2000年")
    .max(2100, "年度不能晚于2100年")
    .nullable()
    .default(null);
  return z.strictObject({
    organizationName: textSchema(mode, { label: "单位全称", required: true, max: MAX_LINE }),
    organizationShortName: textSchema(mode, { label: "单位简称", required: true, max: MAX_LINE }),
    year: mode === "final" ? year.refine((y) => y !== null, "请填写年度") : year,
    // A newline in the title is a line break the drafter chose for the printed title.
    title: textSchema(mode, { label: "标题", required: true, max: MAX_LINE }),
    addressee: textSchema(mode, { label: "主送机关", required: true, max: MAX_LINE }),
    documentNumber: textSchema(mode, { label: "文号", max: 50 }),
    // 签发人 (GB/T 9704 §7.2.4): the leader who signed the report off; printed only in the 报送版, beside the 文号.
    signer: textSchema(mode, { label: "签发人", max: 20 }),
    signatory: textSchema(mode, { label: "署名（发文机关）", required: true, max: MAX_LINE }),
    date: isoDate(mode, "成文日期", true),
    publication: z
      .strictObject({
        indexNumber: textSchema(mode, { label: "索引号", max: 50 }),
        disclosure: textSchema(mode, { label: "公开方式", max: 20 }),
        publishedOn: isoDate(mode, "发布日期", false),
      })
      .prefault({}),
    // 版记: optional lines at the foot of the last page.
    distribution: z
      .strictObject({
        copyTo: textSchema(mode, { label: "抄送", max: MAX_LINE }),
        issuer: textSchema(mode, { label: "印发机关", max: MAX_LINE }),
        issuedOn: isoDate(mode, "印发日期", false),
      })
      .prefault({}),
  });
}

/**
 * A figure's value: a number where the report states it exactly, the words
 * as written where it is approximate (500余, 约30). Whether the value is
 * sensible for its figure (a whole count, a rate of at most 100…) is a
 * check on the field (figure-checks.ts), not a reason to refuse a draft.
 */
export function figureValueSchema(label: string) {
  const value: z.ZodType<FigureValue> = z.union([
    z.number(`${label}应为数字`),
    z.string().max(MAX_FIGURE_TEXT, `${label}不能超过${MAX_FIGURE_TEXT}个字符`),
  ]);
  return value.nullable().default(null);
}

const figureSchema = (def: FigureDef) => figureValueSchema(def.label);

type FigureSchema = ReturnType<typeof figureSchema>;
type TopicShape<T extends TopicKey> = { [F in FigureKey<T>]: FigureSchema };
type FiguresShape = { [T in TopicKey]: z.ZodPrefault<z.ZodObject<TopicShape<T>, z.core.$strict>> };

// Object.fromEntries forgets the keys; the casts restore the ones the catalogue
// iteration just produced, so they hold by construction.
function topicShape<T extends TopicKey>(topic: T): TopicShape<T> {
  const figures: Readonly<Record<string, FigureDef>> = FIGURE_CATALOGUE[topic].figures;
  return Object.fromEntries(Object.entries(figures).map(([key, def]) => [key, figureSchema(def)])) as TopicShape<T>;
}

function figuresShape(): FiguresShape {
  return Object.fromEntries(
    TOPIC_KEYS.map((topic) => [topic, z.strictObject(topicShape(topic)).prefault({})]),
  ) as FiguresShape;
}

/**
 * The figures: every topic of the catalogue, every figure a number or null.
 * Figures are never required by themselves: an office without petitions
 * work leaves them empty. Whatever the text cites must be filled in, and
 * whatever is filled in must add up (see checks.ts).
 */
export function figuresSchema() {
  return z.strictObject(figuresShape()).prefault({});
}

import { checkSum, figureOperand, type FigureCheckResult, type Operand } from "./checks";
import { figureValueMessage } from "./figure-checks";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, findFigure, isFigureId, isTopicKey, type FigureDef, type FigureKind, type Figures } from "./figures";
import type { FigureValue } from "./figure-value";
import { z, type ReportIssue } from "./zod";

/**
 * Custom figures: the indicators an organization (typically the city) asks
 * of its units' reports beyond the catalogue. Their definitions live in the
 * database and apply to the reports of the organization and everything
 * below it; their values live in the report under `customFigures.<id>`,
 * checked here exactly as catalogue figures are (value sanity, and "the sum
 * of" where the definition says so).
 */
export interface CustomFigureDef {
  /** Also the key of the value in the report's customFigures. */
  id: string;
  /** The organization that defined it. */
  organizationId: string;
  label: string;
  /** What the prose writes after the number (件, 人次, 万元); "%" for a rate. */
  unit: string;
  /** A catalogue topic key (the figure is listed with that topic), or the label of a topic of its own. */
  topic: string;
  kind: FigureKind;
  /** Ids this figure is the sum of: catalogue ids ("petitions.letters") or other custom figures' ids. */
  sumOf: readonly string[];
  /** Order among the organization's own definitions. */
  position: number;
}

export const KIND_LABELS: Record<FigureKind, string> = { count: "数量（整数）", amount: "金额（最多两位小数）", rate: "比率（%）" };

/** The form's choice for a topic of the organization's own, typed into `newTopic`. */
export const NEW_TOPIC = "__new";

export const customFigurePath = (id: string) => `customFigures.${id}`;

/** The definition as the checks and views of catalogue figures read one. */
export function customFigureDef(def: Pick<CustomFigureDef, "label" | "unit" | "kind">): FigureDef {
  return { label: def.label, unit: def.kind === "rate" ? "%" : def.unit, kind: def.kind };
}

export function topicLabel(topic: string): string {
  return isTopicKey(topic) ? FIGURE_CATALOGUE[topic].label : topic;
}

/** Reads the stored JSON of sumOf; anything but a list of strings reads as no sum (never throws). */
export function parseSumOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

const KINDS = ["count", "amount", "rate"] as const satisfies readonly FigureKind[];
const TOPIC_BY_LABEL = new Map<string, string>(Object.entries(FIGURE_CATALOGUE).map(([key, topic]) => [topic.label, key]));

/** What the admin form sends; the server and the form share it. */
export const customFigureInputSchema = z
  .strictObject({
    label: z
      .string()
      .trim()
      .min(1, "请填写数据项名称")
      .max(40, "数据项名称不能超过40个字符")
      .refine((s) => !/[{}]/.test(s), "数据项名称不能包含花括号"),
    unit: z.string().trim().max(6, "计量单位不能超过6个字符").default(""),
    topic: z.string().trim().min(1, "请选择所属主题").max(40, "所属主题不能超过40个字符"),
    newTopic: z.string().trim().max(20, "新主题名称不能超过20个字符").default(""),
    kind: z.enum(KINDS, "请选择数据类型"),
    sumOf: z.array(z.string().max(80)).max(20, "合计最多包含20项数据").default([]),
    position: z.coerce.number("排序应为数字").int("排序应为整数").min(0, "排序不能小于0").max(9999, "排序不能超过9999").default(0),
  })
  .superRefine(
    (v, ctx) => {
      // Runs even when a field failed, so that the form shows every problem at once; a failed field may hold anything.
      const text = (s: unknown) => (typeof s === "string" ? s.trim() : "");
      if (v.kind !== "rate" && text(v.unit) === "") ctx.addIssue({ code: "custom", path: ["unit"], message: "请填写计量单位，如 件、人次、万元" });
      if (v.topic === NEW_TOPIC && text(v.newTopic) === "") ctx.addIssue({ code: "custom", path: ["newTopic"], message: "请填写新主题的名称" });
      const topic = text(v.topic);
      if (topic !== NEW_TOPIC && !isTopicKey(topic) && topic.length > 20) ctx.addIssue({ code: "custom", path: ["topic"], message: "所属主题不存在" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform((v) => {
    const topic = v.topic === NEW_TOPIC ? v.newTopic : v.topic;
    return {
      label: v.label,
      unit: v.kind === "rate" ? "%" : v.unit,
      // A new topic named like a catalogue topic is that topic.
      topic: TOPIC_BY_LABEL.get(topic) ?? topic,
      kind: v.kind,
      sumOf: [...new Set(v.sumOf)],
      position: v.position,
    };
  });

export type CustomFigureInput = z.output<typeof customFigureInputSchema>;

/** The label of a figure a sum may name: a catalogue figure or one of the definitions given. */
export function figureLabel(id: string, definitions: readonly CustomFigureDef[]): string | null {
  return findFigure(id)?.def.label ?? definitions.find((d) => d.id === id)?.label ?? null;
}

/**
 * Whether a definition makes sense among the ones that apply beside it
 * (its organization's and its ancestors'): a name no other figure has, and
 * a sum of at least two existing figures of the same kind, none of which
 * includes it again.
 */
export function definitionIssues(candidate: CustomFigureInput & { id?: string }, applicable: readonly CustomFigureDef[]): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const others = applicable.filter((d) => d.id !== candidate.id);
  if (FIGURE_ENTRIES.some((e) => e.def.label === candidate.label)) {
    issues.push({ path: "label", message: `数据目录中已有“${candidate.label}”，无需自定义` });
  } else if (others.some((d) => d.label === candidate.label)) {
    issues.push({ path: "label", message: `已有名为“${candidate.label}”的自定义数据项` });
  }
  const sumOf = candidate.sumOf;
  if (sumOf.length === 0) return issues;
  const sum = (message: string) => issues.push({ path: "sumOf", message });
  if (candidate.kind === "rate" || sumOf.length < 2) {
    sum(candidate.kind === "rate" ? "比率类数据不能设为其他数据之和" : "合计至少需要选择两项数据");
    return issues;
  }
  for (const id of sumOf) {
    if (id === candidate.id) {
      sum("不能把本数据项计入自己的合计");
      continue;
    }
    const kind = isFigureId(id) ? findFigure(id)?.def.kind : others.find((d) => d.id === id)?.kind;
    const label = figureLabel(id, others);
    if (kind === undefined || label === null) sum(`合计中的数据“${id}”不存在`);
    else if (kind === "rate") sum(`“${label}”是比率，不能计入合计`);
    else if (kind !== candidate.kind) sum(`“${label}”是${KIND_LABELS[kind]}，与本数据项的类型不同，不能相加`);
    else if (candidate.id !== undefined && includes(id, candidate.id, others)) sum(`“${label}”的合计又包含本数据项，形成循环`);
  }
  return issues;
}

/** Whether the sum of `from` includes `target`, directly or through other custom sums. */
function includes(from: string, target: string, definitions: readonly CustomFigureDef[], seen = new Set<string>()): boolean {
  if (from === target) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  const def = definitions.find((d) => d.id === from);
  return def !== undefined && def.sumOf.some((id) => includes(id, target, definitions, seen));
}

/** The report's values the checks read: its catalogue figures and its custom figures' values. */
export interface FigureValues {
  figures: Figures;
  customFigures: Readonly<Record<string, FigureValue | null>>;
}

function operand(id: string, values: FigureValues, definitions: readonly CustomFigureDef[]): Operand | null {
  if (isFigureId(id)) return figureOperand(values.figures, id);
  const def = definitions.find((d) => d.id === id);
  return def ? { path: customFigurePath(id), def: customFigureDef(def), value: values.customFigures[id] ?? null } : null;
}

/**
 * The checks of the custom figures that apply to a report: each value
 * sensible for its kind, each sum adding up (approximate values bounded or
 * skipped as for catalogue figures). Values of figures no longer defined
 * are left alone: nobody can see or fix them.
 */
export function runCustomFigureChecks(definitions: readonly CustomFigureDef[], values: FigureValues): FigureCheckResult {
  const result: FigureCheckResult = { issues: [], skipped: [] };
  for (const def of definitions) {
    const value = values.customFigures[def.id] ?? null;
    if (value === null || (typeof value === "number" && Number.isNaN(value))) continue;
    const message = figureValueMessage(customFigureDef(def), value);
    if (message) result.issues.push({ path: customFigurePath(def.id), message });
  }
  for (const def of definitions) {
    if (def.kind === "rate" || def.sumOf.length < 2) continue;
    const total = operand(def.id, values, definitions);
    const parts = def.sumOf.map((id) => operand(id, values, definitions));
    if (!total || parts.some((p) => p === null)) continue;
    checkSum(result, total, parts.filter((p): p is Operand => p !== null));
  }
  return result;
}

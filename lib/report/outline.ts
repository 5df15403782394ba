import { customFigurePath, type CustomFigureDef } from "./custom-figures";
import { FIGURE_CATALOGUE, TOPIC_KEYS, findFigure, isTopicKey } from "./figures";
import { chineseNumber, headingNumber } from "./numbering";
import { PART_CATALOGUE, type PartKind } from "./part-catalogue";
import { printedPartNumbers } from "./part-numbers";
import { isFilled, isUnder, leaves, valueAt } from "./paths";
import { draftFlags } from "./flags";
import { resolveReferences } from "./references";
import { partFilled, type Part, type Report } from "./schema";
import { textFields } from "./walk";
import type { ReportIssue } from "./zod";

/**
 * The editor's outline: the report's parts in reading order, each a view of
 * the one form, with a status and a character count. A part owns every path
 * under its prefixes, so an issue anywhere in the report lands on exactly
 * one part.
 */
export interface OutlinePart {
  /** Stable while the part exists, even when it moves: "header", "part:<id>", "figures.petitions", "customTopic:营商环境"… */
  key: string;
  label: string;
  kind: "header" | "text" | "structure" | "part" | "figures";
  /** Paths the entry owns with everything under them. */
  prefixes: readonly string[];
  /** Paths the entry owns exactly ("parts": issues about the list of parts as a whole). */
  paths?: readonly string[];
  /** For a part of the report: its kind and its place in the author's order. */
  part?: { kind: PartKind; index: number };
}

/** The outline key of a part: its id, so the key follows the part when the author moves it. */
export const partKey = (id: string) => `part:${id}`;

/** The outline key of a topic of custom figures that is not one of the catalogue's (its label, as the definitions name it). */
export const customTopicKey = (topic: string) => `customTopic:${topic}`;

export type PartStatus = "empty" | "partial" | "carried" | "complete" | "problems";

export const PART_STATUS_LABELS: Record<PartStatus, string> = {
  empty: "未填写",
  partial: "未完成",
  carried: "沿用上年",
  complete: "已完成",
  problems: "有问题",
};

/** "一、高度重视…" as printed; an unnumbered part by its name, marked when it does not print. */
function partLabel(part: Part, n: number | null): string {
  const def = PART_CATALOGUE[part.kind];
  const heading = "heading" in part ? part.heading.trim() : "";
  if (n !== null) return `${headingNumber(1, n)}${heading}`;
  if (part.kind === "conclusion") return def.name;
  return `${heading || def.name}（${partFilled(part) ? "无标题" : "未填写"}）`;
}

/**
 * `definitions` are the custom figures that apply to the report. Each is
 * listed where the organization that asked for it placed it, as the
 * comparison of years lists it: with its catalogue topic (行政调解 beside
 * 人民调解, so the figures a sum adds up are on one page), or under a topic
 * of its own, an entry like a catalogue topic's after them.
 */
export function outlineParts(report: Report, definitions: readonly CustomFigureDef[] = []): OutlinePart[] {
  const numbers = printedPartNumbers(report.parts);
  const customPaths = (topic: string) => definitions.filter((d) => d.topic === topic).map((d) => customFigurePath(d.id));
  const ownTopics = [...new Set(definitions.map((d) => d.topic).filter((t) => !isTopicKey(t)))];
  return [
    { key: "header", label: "基本信息", kind: "header", prefixes: ["header"] },
    { key: "structure", label: "报告结构", kind: "structure", prefixes: [], paths: ["parts"] },
    { key: "preamble", label: "导语", kind: "text", prefixes: ["preamble"] },
    ...report.parts.map(
      (part, index): OutlinePart => ({
        key: partKey(part.id),
        label: partLabel(part, numbers[index] ?? null),
        kind: "part",
        prefixes: [`parts.${index}`],
        part: { kind: part.kind, index },
      }),
    ),
    ...TOPIC_KEYS.map(
      (topic): OutlinePart => ({ key: `figures.${topic}`, label: `数据：${FIGURE_CATALOGUE[topic].label}`, kind: "figures", prefixes: [`figures.${topic}`, ...customPaths(topic)] }),
    ),
    ...ownTopics.map((topic): OutlinePart => ({ key: customTopicKey(topic), label: `数据：${topic}`, kind: "figures", prefixes: customPaths(topic) })),
    { key: "closing", label: "结束语与附件", kind: "text", prefixes: ["closing", "attachments"] },
  ];
}

function partPlace(report: Report, index: number): string {
  const part = report.parts[index];
  if (!part) return `第${chineseNumber(index + 1)}部分`;
  const n = printedPartNumbers(report.parts)[index] ?? null;
  return n === null ? PART_CATALOGUE[part.kind].name : headingNumber(1, n);
}

const owns = (part: OutlinePart, path: string) => part.prefixes.some((prefix) => isUnder(path, prefix)) || (part.paths ?? []).includes(path);

export function partForPath(parts: readonly OutlinePart[], path: string): OutlinePart | undefined {
  return parts.find((p) => owns(p, path));
}

/**
 * How many of a figures entry's figures hold a value: a topic is complete
 * only when all do (1 of 21 is not 已完成). Custom figures count one each,
 * stated or not. null for entries that are not figures.
 */
export function figuresFilled(report: Report, part: OutlinePart): { filled: number; total: number } | null {
  if (part.kind !== "figures") return null;
  let filled = 0;
  let total = 0;
  for (const prefix of part.prefixes) {
    const values = prefix.startsWith("figures.") ? leaves(report, prefix).map((l) => l.value) : [valueAt(report, prefix)];
    total += values.length;
    filled += values.filter(isFilled).length;
  }
  return { filled, total };
}

/**
 * One status per outline entry, from the same lists the side panels show:
 * problems: an open problem (`problems`: the flags on what was written and
 * the prose's contradictions, the list 待解决的问题 shows and counts) lies
 * in it; carried: it still holds text carried over from last year that
 * nobody has edited or confirmed (沿用上年, never 已完成 untouched);
 * empty: nothing written; partial: something required still missing
 * (`missing`: the final check's issues), or a figure not yet stated;
 * complete: none of these.
 */
export function partStatus(report: Report, part: OutlinePart, missing: readonly ReportIssue[], problems: readonly ReportIssue[] = draftFlags(report, missing)): PartStatus {
  if (part.kind === "structure") return missing.some((i) => owns(part, i.path)) ? "partial" : "complete";
  if (problems.some((i) => owns(part, i.path))) return "problems";
  if (report.carriedOver.some((path) => owns(part, path))) return "carried";
  const written = part.prefixes.some((prefix) => leaves(report, prefix).some((l) => isFilled(l.value)) || isFilled(valueAt(report, prefix)));
  if (!written) return "empty";
  const figures = figuresFilled(report, part);
  if (figures && figures.filled < figures.total) return "partial";
  return missing.some((i) => owns(part, i.path)) ? "partial" : "complete";
}

/**
 * Characters as the reader counts them: what prints, so a reference counts as
 * the digits it prints; whitespace is not counted, and 𠮷 is one character.
 */
export function characterCount(text: string, figures: Report["figures"]): number {
  return Array.from(resolveReferences(text, figures).replace(/\s+/g, "")).length;
}

export function partCharacters(report: Report, part: OutlinePart): number {
  return textFields(report)
    .filter((f) => owns(part, f.path))
    .reduce((sum, f) => sum + characterCount(f.text, report.figures), 0);
}

export function reportCharacters(report: Report): number {
  return textFields(report).reduce((sum, f) => sum + characterCount(f.text, report.figures), 0);
}

const FIELD_NAMES: Record<string, string> = {
  heading: "标题",
  intro: "导语",
  body: "正文",
  description: "问题描述",
  cause: "原因分析",
  organizationName: "单位全称",
  organizationShortName: "单位简称",
  year: "年度",
  title: "报告标题",
  addressee: "主送机关",
  documentNumber: "文号",
  signer: "签发人",
  signatory: "署名（发文机关）",
  date: "成文日期",
  indexNumber: "索引号",
  disclosure: "公开方式",
  publishedOn: "发布日期",
  copyTo: "抄送",
  issuer: "印发机关",
  issuedOn: "印发日期",
  preamble: "导语",
  closing: "结束语",
  text: "正文",
};

/**
 * A field's name as users would say it: "三、（八）正文", "数据：行政诉讼案件".
 * Given the report, a part is named as it prints (三、) or by its kind's
 * name when it prints no number; without it, by its place (第三部分).
 * A custom figure is named by its definition among `definitions`.
 */
export function fieldLabel(path: string, report?: Report, definitions: readonly CustomFigureDef[] = []): string {
  const parts = path.split(".");
  if (parts[0] === "figures") {
    const entry = findFigure(parts.slice(1).join("."));
    return entry ? `数据：${entry.def.label}` : "数据";
  }
  if (parts[0] === "customFigures") {
    const def = definitions.find((d) => d.id === parts[1]);
    return def ? `数据：${def.label}` : "数据：上级要求的数据";
  }
  if (parts[0] === "header") return FIELD_NAMES[parts[parts.length - 1] ?? ""] ?? "基本信息";
  if (parts[0] === "attachments") return `附件${Number(parts[1] ?? 0) + 1}`;
  if (parts[0] === "parts" && parts.length === 1) return "报告结构";
  let out = "";
  let depth = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? "";
    const next = parts[i + 1];
    if (p === "parts" && next !== undefined && /^\d+$/.test(next)) {
      out += report ? partPlace(report, Number(next)) : `第${chineseNumber(Number(next) + 1)}部分`;
      i++;
    } else if ((p === "items" || p === "subItems") && next !== undefined && /^\d+$/.test(next)) {
      depth += 1;
      const level = depth === 1 ? 2 : depth === 2 ? 3 : 4;
      out += headingNumber(level, Number(next) + 1);
      i++;
    } else out += FIELD_NAMES[p] ?? (p === "items" ? "各项" : "");
  }
  return out || path;
}

import { FIGURE_CATALOGUE, TOPIC_KEYS, findFigure } from "./figures";
import { headingNumber } from "./numbering";
import { isFilled, isUnder, leaves, valueAt } from "./paths";
import { resolveReferences } from "./references";
import type { Report } from "./schema";
import { textFields } from "./walk";
import type { ReportIssue } from "./zod";

/**
 * The editor's outline: the report's parts in reading order, each a view of
 * the one form, with a status and a character count. A part owns every path
 * under its prefixes, so an issue anywhere in the report lands on exactly
 * one part.
 */
export interface OutlinePart {
  /** Stable while the part exists: "header", "measures.1", "figures.petitions"… */
  key: string;
  label: string;
  kind: "header" | "text" | "section" | "problems" | "figures" | "measuresEmpty";
  prefixes: readonly string[];
}

export type PartStatus = "empty" | "partial" | "complete" | "problems";

export const PART_STATUS_LABELS: Record<PartStatus, string> = {
  empty: "未填写",
  partial: "未完成",
  complete: "已完成",
  problems: "有问题",
};

const titled = (n: number, heading: string, fallback: string) => `${headingNumber(1, n)}${heading.trim() || fallback}`;

export function outlineParts(report: Report): OutlinePart[] {
  const parts: OutlinePart[] = [
    { key: "header", label: "基本信息", kind: "header", prefixes: ["header"] },
    { key: "preamble", label: "导语", kind: "text", prefixes: ["preamble"] },
  ];
  let n = 0;
  report.measures.forEach((s, i) => {
    n += 1;
    parts.push({ key: `measures.${i}`, label: titled(n, s.heading, "（未命名部分）"), kind: "section", prefixes: [`measures.${i}`] });
  });
  // With no measures section left, "measures" issues still need a place to show.
  if (report.measures.length === 0) {
    parts.push({ key: "measures", label: "主要举措和成效（尚无部分）", kind: "measuresEmpty", prefixes: ["measures"] });
  }
  for (const topic of TOPIC_KEYS) {
    parts.push({ key: `figures.${topic}`, label: `数据：${FIGURE_CATALOGUE[topic].label}`, kind: "figures", prefixes: [`figures.${topic}`] });
  }
  parts.push({ key: "duty", label: titled(++n, report.duty.heading, "第一责任人职责"), kind: "section", prefixes: ["duty"] });
  parts.push({ key: "problems", label: titled(++n, report.problems.heading, "存在的问题"), kind: "problems", prefixes: ["problems"] });
  parts.push({ key: "plans", label: titled(++n, report.plans.heading, "工作打算"), kind: "section", prefixes: ["plans"] });
  const other = report.otherMatters;
  const otherFilled = isFilled(other.heading) || isFilled(other.intro) || other.items.length > 0;
  parts.push({
    key: "otherMatters",
    label: otherFilled ? titled(++n, other.heading, "其他需要报告的情况") : "其他需要报告的情况（可选）",
    kind: "section",
    prefixes: ["otherMatters"],
  });
  parts.push({ key: "closing", label: "结束语与附件", kind: "text", prefixes: ["closing", "attachments"] });
  return parts;
}

export function partForPath(parts: readonly OutlinePart[], path: string): OutlinePart | undefined {
  return parts.find((p) => p.prefixes.some((prefix) => isUnder(path, prefix)));
}

/**
 * empty: nothing written; partial: something written, something required
 * still missing; problems: an issue on a field that holds a value (too long,
 * inconsistent, citing a figure not entered…); complete: none of these.
 * An issue on a blank field means "missing", not "wrong".
 */
export function partStatus(report: Report, part: OutlinePart, issues: readonly ReportIssue[]): PartStatus {
  const own = issues.filter((i) => part.prefixes.some((prefix) => isUnder(i.path, prefix)));
  if (own.some((i) => isFilled(valueAt(report, i.path)))) return "problems";
  const written = part.prefixes.some((prefix) => leaves(report, prefix).some((l) => isFilled(l.value)));
  if (!written) return "empty";
  return own.length > 0 ? "partial" : "complete";
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
    .filter((f) => part.prefixes.some((prefix) => isUnder(f.path, prefix)))
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
};

const SECTION_NAMES: Record<string, string> = {
  duty: "第一责任人职责",
  problems: "存在的问题",
  plans: "工作打算",
  otherMatters: "其他需要报告的情况",
};

/** A field's name as users would say it: "工作举措第3部分（八）正文", "数据：行政诉讼案件". */
export function fieldLabel(path: string): string {
  const parts = path.split(".");
  if (parts[0] === "figures") {
    const entry = findFigure(parts.slice(1).join("."));
    return entry ? `数据：${entry.def.label}` : "数据";
  }
  if (parts[0] === "header") return FIELD_NAMES[parts[parts.length - 1] ?? ""] ?? "基本信息";
  if (parts[0] === "attachments") return `附件${Number(parts[1] ?? 0) + 1}`;
  let out = "";
  let depth = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? "";
    const next = parts[i + 1];
    if (p === "measures" && next !== undefined && /^\d+$/.test(next)) {
      out += `工作举措第${Number(next) + 1}部分`;
      i++;
    } else if (SECTION_NAMES[p]) out += SECTION_NAMES[p];
    else if ((p === "items" || p === "subItems") && next !== undefined && /^\d+$/.test(next)) {
      depth += 1;
      const level = depth === 1 ? 2 : depth === 2 ? 3 : 4;
      out += headingNumber(level, Number(next) + 1);
      i++;
    } else out += FIELD_NAMES[p] ?? (p === "measures" ? "主要举措和成效" : p === "items" ? "各项" : "");
  }
  return out || path;
}

import type { Report } from "../schema";
import { partTexts } from "../walk";
import { RULES, type Finding } from "./finding";
import { OUTLINE_AREAS, type OutlineArea } from "./outline-areas";

/** An item of a parent organization's own checklist (as 深圳's 年度报告事项指引 lists 一级事项). */
export interface ChecklistItem {
  title: string;
  /** Words any of which in the report counts as reporting on the item; the title itself when none. */
  keywords: readonly string[];
  /** The organization that asks for it, named in the finding. */
  askedBy: string;
}

export function measuresText(report: Report): string {
  let text = "";
  report.parts.forEach((part, i) => {
    if (part.kind === "measures") partTexts(`parts.${i}`, part, (_, t) => (text += `${t}\n`));
  });
  return text;
}

export function wholeText(report: Report): string {
  let text = report.preamble;
  report.parts.forEach((part, i) => partTexts(`parts.${i}`, part, (_, t) => (text += `\n${t}`)));
  return text;
}

export interface AreaCoverage {
  area: OutlineArea;
  /** The keywords found in the measures: why the area counts as covered. */
  found: string[];
}

export function areaCoverage(report: Report, areas: readonly OutlineArea[] = OUTLINE_AREAS): AreaCoverage[] {
  const text = measuresText(report);
  return areas.map((area) => ({ area, found: area.keywords.filter((k) => text.includes(k)) }));
}

/** Areas of the 纲要 the measures never mention: a hint, since not every office works in every area every year. */
export function areaFindings(report: Report, areas: readonly OutlineArea[] = OUTLINE_AREAS): Finding[] {
  if (!report.parts.some((p) => p.kind === "measures")) return [];
  return areaCoverage(report, areas)
    .filter((c) => c.found.length === 0)
    .map((c) => ({
      rule: "outlineAreas",
      severity: "info",
      path: report.parts.findIndex((p) => p.kind === "measures") >= 0 ? `parts.${report.parts.findIndex((p) => p.kind === "measures")}` : "parts",
      message: `主要举措未涉及${RULES.outlineAreas}的“${c.area.heading}”（未出现：${c.area.keywords.join("、")}）`,
    }));
}

export function checklistFindings(report: Report, items: readonly ChecklistItem[]): Finding[] {
  if (items.length === 0) return [];
  const text = wholeText(report);
  return items
    .filter((item) => {
      const words = item.keywords.length > 0 ? item.keywords : [item.title];
      return !words.some((w) => text.includes(w));
    })
    .map((item) => ({
      rule: "checklist",
      severity: "warning",
      path: "parts",
      message: `未报告${item.askedBy}要求的事项“${item.title}”${item.keywords.length ? `（未出现：${item.keywords.join("、")}）` : ""}`,
    }));
}

import { PART_CATALOGUE } from "../part-catalogue";
import type { Report } from "../schema";
import { partTexts } from "../walk";
import type { Finding } from "./finding";

/**
 * Concrete facts a measures part states: figures (a number or a figure
 * reference), dates (2020年5月), named documents and cases (《……》).
 * Assessments of published reports fault 运用事例少; a measures part with
 * none of them is flagged.
 */
const FACT = /\{\{[^}]+\}\}|《[^》]+》|\d+(?:\.\d+)?\s*(?:年|月|日|%|％)?|[一二三四五六七八九十百千万]+(?:项|件|次|场|人|名|个|起|家)/g;

export function factCount(text: string): number {
  return text.match(FACT)?.length ?? 0;
}

export function fewFactsFindings(report: Report): Finding[] {
  return report.parts.flatMap((part, i): Finding[] => {
    if (part.kind !== "measures") return [];
    let texts = "";
    partTexts(`parts.${i}`, part, (path, text) => {
      if (!path.endsWith(".heading")) texts += `${text}\n`;
    });
    if (texts.trim() === "" || factCount(texts) > 0) return [];
    return [{ rule: "fewFacts", severity: "warning", path: `parts.${i}`, message: `“${PART_CATALOGUE.measures.name}”部分缺少具体事例和数据（没有数字、日期或《》所列的文件、案例）` }];
  });
}

import { PART_CATALOGUE, PART_KINDS, REGULATION_ITEMS, type RegulationItem } from "../part-catalogue";
import { partFilled, type Report } from "../schema";
import { RULES, type Finding } from "./finding";

/*
 * The citation. The five contents are those 《法治政府建设与责任落实督察工作规定》
 * (中办、国办2019年印发) lists for the annual report of 法治政府建设; their
 * wording (REGULATION_ITEMS) was checked against a county's published notice
 * that quotes them item by item (四川 井研县司法局, 2020: "一是上一年度推进法治
 * 政府建设的主要举措和成效……五是其他需要报告的情况"). The article number,
 * 第二十六条 (the article after the one fixing recipients and the 3月1日
 * deadline, before the one on publication by 4月1日), is from our reading of
 * the regulation's text and could not be re-checked against the official
 * text offline; change RULES.regulation if an office's copy numbers it
 * differently.
 */

export interface RegulationRow {
  item: RegulationItem;
  /** The words of the regulation. */
  text: string;
  /** Whether a report ready for review must have it (the catalogue's `required`). */
  required: boolean;
  /** Indexes in report.parts of the filled parts that answer it. */
  answeredBy: number[];
}

const ITEMS = Object.keys(REGULATION_ITEMS) as RegulationItem[];

/** The regulation's contents, each with the parts that answer it: derived from the part catalogue, as the final schema is. */
export function regulationRows(report: Report): RegulationRow[] {
  return ITEMS.map((item) => ({
    item,
    text: REGULATION_ITEMS[item],
    required: PART_KINDS.some((k) => PART_CATALOGUE[k].answers === item && PART_CATALOGUE[k].required),
    answeredBy: report.parts.flatMap((p, i) => (PART_CATALOGUE[p.kind].answers === item && partFilled(p) ? [i] : [])),
  }));
}

/** A missing required content blocks (the final schema refuses it too); a missing optional one is mentioned. */
export function regulationFindings(report: Report): Finding[] {
  return regulationRows(report).flatMap((row): Finding[] => {
    if (row.answeredBy.length > 0) return [];
    const existing = report.parts.findIndex((p) => PART_CATALOGUE[p.kind].answers === row.item);
    const path = existing >= 0 ? `parts.${existing}` : "parts";
    if (!row.required) return [];
    return [
      {
        rule: "regulation",
        severity: "blocking",
        path,
        message: `缺少督察规定要求报告的内容：“${row.text}”（${RULES.regulation}）`,
      },
    ];
  });
}

import type { Report } from "../schema";
import type { Finding } from "./finding";
import { proseFields, splitSentences } from "./sentences";

/*
 * A text carried over from last year keeps last year's year where it
 * describes its own period: "2020年以来", "2020年度……报告如下", "2020年全区……",
 * "2020年召开……" at the head of a clause. In a 2021 report each of them is
 * wrong. Years that are history stay: an earlier year (2019年聘请), a full
 * date (2020年5月9日, 2020年9月底), a document's name (《……2020年……计划》,
 * 《……规划（2021-2025年）》), a range (2019年至今), a comparison (较2020年,
 * 与2020年相比, 2020年同期).
 */

/** Where the year stands: inside 《…》 (a name) or a comparison. */
const COMPARISON_BEFORE = /(较|比|同比|与|和|对比|相比|环比)$/;
const DATE_AFTER = /^\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(月|季度)|^\s*(底|末|初|年底|至|到|[-－—~～])|^\s*(同期|相比|比较)/;
const PERIOD_AFTER = /^\s*(以来|度|全年|全区|全市|全县|全镇|全乡|全省|全局|全系统|我区|我市|我县|我局|区政府|市政府|县政府)/;
const CLAUSE_START = /(^|[，。；：、,;:（(]|^\s*)$/;

function insideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf("《", at);
  return open >= 0 && text.lastIndexOf("》", at) < open;
}

/** The stale years of one sentence: the year before the report's, used for the report's own period. */
export function staleYearsIn(sentence: string, reportYear: number): number {
  const stale = String(reportYear - 1);
  let count = 0;
  const re = /(?<!\d)(\d{4})\s*年/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m[1] !== stale || insideTitle(sentence, m.index)) continue;
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (COMPARISON_BEFORE.test(before) || DATE_AFTER.test(after)) continue;
    if (PERIOD_AFTER.test(after) || CLAUSE_START.test(before)) count++;
  }
  return count;
}

export function staleYearFindings(report: Report): Finding[] {
  const year = report.header.year;
  if (year === null) return [];
  const findings: Finding[] = [];
  for (const field of proseFields(report)) {
    const stale = splitSentences(field.text).filter((s) => staleYearsIn(s, year) > 0);
    if (stale.length === 0) continue;
    findings.push({
      rule: "staleYear",
      severity: "warning",
      path: field.path,
      message: `${stale.length} 句用“${year - 1}年”描述本年度工作，本报告是${year}年度报告，请核对`,
      quotes: stale,
    });
  }
  return findings;
}

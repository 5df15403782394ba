import { BorderStyle, TabStopType, type IBorderOptions, type Paragraph } from "docx";
import { chineseDate } from "@/lib/report/dates";
import type { Report } from "@/lib/report/schema";
import { TEXT_WIDTH, SIZE } from "./geometry";
import { BLANK_LINE_ABOVE, para, STYLE } from "./styles";

type Distribution = Report["header"]["distribution"];

/** §7.4.1 rules in eighths of a point: thick 0.35 mm first and last, thin 0.25 mm between. */
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 0 };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 };

const withFullStop = (s: string) => (/[。.]$/.test(s) ? s : `${s}。`);

/**
 * §7.4 版记, 4号仿宋 between full-width rules: 抄送：…。 (左右各空一字), then the
 * 印发机关 and "2021年2月25日印发" on one line, the date at a right tab.
 * It follows the date in the flow, one blank line below; an office moving
 * it to the foot of the last page does so in Word.
 */
export function distributionParagraphs(d: Distribution): Paragraph[] {
  const copyTo = d.copyTo.trim();
  const issuer = d.issuer.trim();
  const issuedOn = d.issuedOn ? `${chineseDate(d.issuedOn)}印发` : "";
  const rows: string[] = [];
  if (copyTo) rows.push(`抄送：${withFullStop(copyTo)}`);
  if (issuer || issuedOn) rows.push(`${issuer}\t${issuedOn}`);
  const oneChar = SIZE.small * 10;
  return rows.map((text, i) => {
    const first = i === 0;
    const last = i === rows.length - 1;
    return para({
      style: STYLE.distribution,
      ...(first ? { spacing: BLANK_LINE_ABOVE } : {}),
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - oneChar }],
      border: { ...(first ? { top: THICK } : {}), bottom: last ? THICK : THIN },
      text,
    });
  });
}

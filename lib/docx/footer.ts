import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from "docx";
import { SIZE } from "./geometry";
import { STYLE } from "./styles";

/** "左空一字"/"右空一字": one character of the page number's own size, 4号. */
const ONE_CHAR = SIZE.small * 10;

/** §7.5 "— 1 —": 4号 Song numerals between two 一字线, the number a field Word fills in. */
function pageNumber(odd: boolean): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

/** Odd pages right, even pages left (the document turns on distinct even-page footers). */
export const pageFooters = () => ({ default: pageNumber(true), even: pageNumber(false) });

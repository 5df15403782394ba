import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions, type IParagraphStyleOptions, type IStylesOptions } from "docx";
import { FACE, runFont } from "./fonts";
import { chars, LETTER_SPACING, LINE_PITCH, SIZE } from "./geometry";

/**
 * Named paragraph styles, so that an office editing the file in WPS/Word
 * finds 正文, 一级标题 … in the style list and a new paragraph looks like
 * its neighbours. Every line is exactly one grid line: the title's 2号 and
 * a face's own line gap would otherwise take two.
 */
export const STYLE = {
  title: "GwTitle",
  addressee: "GwAddressee",
  body: "GwBody",
  heading1: "GwHeading1",
  attachments: "GwAttachments",
  signature: "GwSignature",
  distribution: "GwDistribution",
  pageNumber: "GwPageNumber",
} as const;

const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** One blank grid line above (§7.3.2, §7.3.4, §7.3.5). */
const BLANK_LINE_ABOVE = { ...ON_GRID, before: LINE_PITCH } as const;
const INDENT_TWO = { firstLine: chars(2), firstLineChars: 200 } as const;

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    // docGrid's charSpace is counted from the Normal style's size (LibreOffice reads it there): it must be 3号.
    id: "Normal",
    name: "Normal",
    run: { font: runFont(FACE.fangsong), size: SIZE.body, characterSpacing: LETTER_SPACING },
    paragraph: { spacing: ON_GRID },
  },
  {
    id: STYLE.title,
    name: "公文标题",
    basedOn: "Normal",
    next: STYLE.addressee,
    run: { font: runFont(FACE.xiaobiaosong), size: SIZE.title, characterSpacing: 0 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: ON_GRID, keepNext: true },
  },
  {
    id: STYLE.addressee,
    name: "主送机关",
    basedOn: "Normal",
    next: STYLE.body,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: BLANK_LINE_ABOVE },
  },
  {
    id: STYLE.body,
    name: "公文正文",
    basedOn: "Normal",
    next: STYLE.body,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: ON_GRID, indent: INDENT_TWO },
  },
  {
    id: STYLE.heading1,
    name: "一级标题",
    basedOn: STYLE.body,
    next: STYLE.body,
    // Never alone at the foot of a page; Word's navigation pane lists it.
    paragraph: { keepNext: true, outlineLevel: 0 },
    run: { font: runFont(FACE.heiti) },
  },
  {
    id: STYLE.attachments,
    name: "附件说明",
    basedOn: STYLE.body,
    // "附件：" hangs; the names line up after it.
    paragraph: { indent: { left: chars(5), hanging: chars(3) } },
  },
  {
    id: STYLE.signature,
    name: "发文机关署名",
    basedOn: "Normal",
    paragraph: { alignment: AlignmentType.RIGHT, spacing: ON_GRID, keepNext: true },
  },
  {
    id: STYLE.distribution,
    name: "版记",
    basedOn: "Normal",
    run: { size: SIZE.small, characterSpacing: 0 },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: ON_GRID, indent: { left: SIZE.small * 10, right: SIZE.small * 10 } },
  },
  {
    id: STYLE.pageNumber,
    name: "公文页码",
    basedOn: "Normal",
    run: { font: runFont(FACE.song), size: SIZE.small, characterSpacing: 0 },
    paragraph: { spacing: { line: SIZE.small * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
  },
];

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: runFont(FACE.fangsong), size: SIZE.body, language: { value: "zh-CN", eastAsia: "zh-CN" } },
      paragraph: { spacing: ON_GRID },
    },
  },
  paragraphStyles,
};

export { BLANK_LINE_ABOVE };

/**
 * A paragraph without widow control (the docx package sets it per paragraph
 * only): the grid wins, as in the PDF, so every page holds its 22 lines (§5.2.3).
 */
export const para = (options: IParagraphOptions) => new Paragraph({ widowControl: false, ...options });

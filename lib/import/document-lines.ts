import { MAX_LINE } from "@/lib/report/parts";
import { parseDate } from "./dates";

/**
 * Recognisers for the single lines around the body of a report: the website's
 * publication header, the 文号, the title, the addressee (主送机关), the
 * closing (特此报告。), the signing organ, the date and the 版记 lines.
 * Each looks at one normalised line (full-width punctuation) and nothing else.
 */

/**
 * Government websites print a block of "label:value" lines above a published
 * document. Only a line that is exactly one such field counts: "发布日期:2023-04-26
 * 信息来源:…" on a news page is an article's byline and stays text.
 */
export type PublicationField =
  | { field: "disclosure"; value: string }
  | { field: "publishedOn"; value: string }
  | { field: "issuer"; value: string }
  | { field: "documentNumber"; value: string }
  | { field: "indexNumber"; value: string };

const LABEL = /^(公开方式|公开属性|发布日期|发布时间|发文机关|发布机构|文件编号|发文字号|文号|索引号)\s{0,2}：\s*(.*)$/s;

// Field limits from the header schema; a longer value is not what the label promises.
const MAX_SHORT = 50;

export function publicationField(text: string): PublicationField | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1] ?? "";
  const value = (m[2] ?? "").trim();
  switch (label) {
    case "公开方式":
    case "公开属性":
      return value.length <= 20 && !/[：，。]/.test(value) ? { field: "disclosure", value } : null;
    case "发布日期":
    case "发布时间": {
      if (value === "") return { field: "publishedOn", value: "" };
      const iso = parseDate(value.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, ""));
      return iso ? { field: "publishedOn", value: iso } : null;
    }
    case "发文机关":
    case "发布机构":
      return value.length <= MAX_LINE && !/[：。]/.test(value) ? { field: "issuer", value } : null;
    case "索引号":
      return value.length <= MAX_SHORT && !/\s/.test(value) ? { field: "indexNumber", value } : null;
    default:
      return value.length <= MAX_SHORT && !/[：。]/.test(value) ? { field: "documentNumber", value } : null;
  }
}

/** 洛政〔2021〕5号, 老政文[2021]12号: the 文号 printed alone above the title. */
export const isDocumentNumber = (text: string) =>
  text.length <= MAX_SHORT && /^[\u4e00-\u9fff]{1,12}\s?[〔［\[【（(]\s?\d{4}\s?[〕］\]】）)]\s?第?\d{1,4}\s?号$/.test(text);

/**
 * Names of organs end in one of these: 人民政府, 司法局, 依法治区委员会办公室,
 * 人大常委会… They tell an addressee or a signature from a sentence that
 * happens to be short.
 */
const ORGAN_END = /(政府|委员会|常委会|人大|政协|委|局|厅|部|办|办公室|院|署|处|科|所|中心|站|队|组|会|室|街道|镇|乡|党组|党委|区委|市委|县委)$/;

const SENTENCE_MARKS = /[，。；！？：“”]/;

/** A signing organ on its own line: short, no sentence punctuation, ends like an organ. */
export const isOrganLine = (text: string) => text.length <= 40 && !SENTENCE_MARKS.test(text) && ORGAN_END.test(text);

/**
 * 主送机关: "洛阳市人民政府：" or "区委、区人大常委会：" — a short line ending in a colon
 * whose last name ends like an organ. "当前位置：" on a news page is not one.
 */
export function addresseeOf(text: string): string | null {
  if (text.length > 60 || !text.endsWith("：")) return null;
  const names = text.slice(0, -1).trim();
  if (names === "" || /[。；！？]|如下/.test(names)) return null;
  const last = names.split(/[、，,]/).pop()?.trim() ?? "";
  return ORGAN_END.test(last) ? names : null;
}

/**
 * The title: "洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告". It names a
 * 报告 (or 情况汇报) and is not a sentence.
 */
export const isTitleLine = (text: string) =>
  text.length <= 100 && /(报告|汇报)[）)]?$|关于.{2,80}的(报告|汇报)/.test(text) && !/[。；：]/.test(text);

/** The line above a title line that holds its first words ("洛阳市老城区人民政府" / "关于…的报告"). */
export const isTitlePrefixLine = (text: string) => text.length <= 40 && !SENTENCE_MARKS.test(text);

/** 特此报告。 and its variants end the body; what follows is signature, date and 版记. */
export const isClosing = (text: string) => /^(特此|专此|谨此|以上)(报告|汇报|报告如上)[。！.]?$/.test(text);

/** 附件：1.xxx — the first attachment line; later ones are numbered lines. */
export const attachmentOf = (text: string) => /^附\s?件\s?：\s*(?:\d{1,2}[.．、]\s*)?(.+)$/s.exec(text)?.[1]?.trim() ?? null;

export const numberedAttachment = (text: string) => /^\d{1,2}[.．、]\s*(.+)$/s.exec(text)?.[1]?.trim() ?? null;

/** 版记: 抄送：…; "老城区人民政府办公室 2021年2月25日印发". */
export const copyToOf = (text: string) => /^抄\s?送\s?：\s*(.+)$/s.exec(text)?.[1]?.trim() ?? null;

export function issuedOf(text: string): { issuer: string; issuedOn: string } | null {
  const m = /^(.{2,60}?)\s+(\S+?)印发$/s.exec(text);
  const iso = m ? parseDate(m[2] ?? "") : null;
  return m && iso ? { issuer: (m[1] ?? "").trim(), issuedOn: iso } : null;
}

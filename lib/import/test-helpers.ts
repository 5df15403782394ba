import { fullWidthPunctuation } from "@/lib/report/punctuation";
import type { PartKind } from "@/lib/report/part-catalogue";
import type { PartOf, Report } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import type { ImportResult, UnrecognisedLine } from "./types";

/**
 * For tests: the source lines whose text cannot be found in the imported
 * report, read in order. This is the importer's promise that nothing is
 * dropped, checked independently of its own recognisers: a line's content is
 * the line minus its heading number (the renderer numbers by position) and
 * minus a website header label (the label names the field that holds the value);
 * a problem's cause label (原因：, 主要原因：) reads as the 原因分析： the export prints
 * before every cause.
 */
const NUMBER = /^([一二三四五六七八九十]+\s*[、.．，]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}[.．、](?![0-9])|[（(]\d{1,2}[）)])\s*/;
const LABEL = /^(公开方式|发布日期|发文机关|文件编号|文号|索引号|抄送)：\s*/;
const CAUSE_LABEL = /(^|。)(主要原因|产生原因|原因)：/g;
const ONLY_MARKS = /^[-—–_=*•·~#|｜\s]*$/;

/** Everything the report holds as text: the website header fields, then the document as printed. */
export function importedText(report: Report): string {
  const h = report.header;
  const header = [h.publication.disclosure, h.publication.publishedOn, h.documentNumber, h.publication.indexNumber];
  const foot = [h.distribution.copyTo, h.distribution.issuer, h.distribution.issuedOn];
  return [...header, reportText(report), ...foot].filter(Boolean).join("\n");
}

export interface LostText {
  /** Lines whose content is not in the report at all. */
  missing: string[];
  /** Lines found only before a line that came earlier in the source. */
  outOfOrder: string[];
}

/**
 * Checks every line of `source` against the report. Lines the importer listed
 * as unrecognised are kept in their own part at the end, so they are checked
 * in order among themselves; all other lines in order through the document.
 */
export function lostText(source: string, report: Report, unrecognised: readonly UnrecognisedLine[] = []): LostText {
  const haystack = importedText(report);
  const moved = new Set(unrecognised.map((u) => u.line));
  const cursors = { main: 0, moved: 0 };
  const out: LostText = { missing: [], outOfOrder: [] };
  source.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const content = fullWidthPunctuation(raw.replace(/[\u200b\ufeff]/g, "").trim())
      .replace(NUMBER, "")
      .replace(LABEL, "")
      .replace(CAUSE_LABEL, "$1原因分析：")
      .trim();
    if (ONLY_MARKS.test(content)) return;
    const key = moved.has(i + 1) ? "moved" : "main";
    const at = haystack.indexOf(content, cursors[key]);
    if (at >= 0) {
      cursors[key] = at + content.length;
    } else if (haystack.includes(content)) {
      out.outOfOrder.push(content);
    } else {
      out.missing.push(content);
    }
  });
  return out;
}

/** The parts of one kind, in the report's order. */
export function partsOf<K extends PartKind>(report: Report, kind: K): PartOf<K>[] {
  return report.parts.filter((p): p is PartOf<K> => p.kind === kind);
}

/** The one part of a kind, for tests of reports that have it once. */
export function partOf<K extends PartKind>(report: Report, kind: K): PartOf<K> {
  const [part, ...more] = partsOf(report, kind);
  if (!part || more.length) throw new Error(`expected one ${kind} part, found ${more.length + (part ? 1 : 0)}`);
  return part;
}

/** A result that must be a successful import. */
export function imported(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(result.message);
  return result;
}

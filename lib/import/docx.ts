import { htmlToText } from "./html-text";
import { IMPORT_MESSAGES } from "./messages";
import { checkZip } from "./zip-guard";
import { convertDocx } from "./docx-worker";

/**
 * The text of a .docx. A .docx is a ZIP archive; anything else named .docx
 * is refused before mammoth sees it (an old binary .doc and an encrypted
 * .docx both start with the OLE signature D0 CF 11 E0).
 *
 * What Word keeps outside the body text is not imported: page headers and
 * footers, text boxes, comments. Automatic numbering (Word's own list
 * numbers) is not text in the file either, so headings numbered that way
 * arrive without their 一、/（一）; a warning says so.
 */
export type DocxText = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export async function docxText(bytes: Uint8Array): Promise<DocxText> {
  if (startsWith(bytes, OLE)) return { ok: false, message: IMPORT_MESSAGES.legacyDoc };
  if (!startsWith(bytes, ZIP)) return { ok: false, message: IMPORT_MESSAGES.badDocx };
  // Sizes first: mammoth inflates and parses whatever the archive holds (see zip-guard).
  const zip = checkZip(bytes);
  if (!zip.ok) {
    const message = { damaged: IMPORT_MESSAGES.badDocx, tooLarge: IMPORT_MESSAGES.docxTooLarge, tooManyEntries: IMPORT_MESSAGES.docxTooManyParts }[zip.reason];
    return { ok: false, message };
  }
  // Parsed in a worker with its own heap: a failure there is a refusal here, never a crash.
  const converted = await convertDocx(bytes);
  if (!converted.ok) return { ok: false, message: converted.reason === "failed" ? IMPORT_MESSAGES.badDocx : IMPORT_MESSAGES.docxTooLarge };
  const { html } = converted;
  const { text, tables } = htmlToText(html);
  const warnings: string[] = [];
  if (tables > 0) warnings.push(`文档中的${tables}个表格已转为文字，每行一段，单元格之间用“｜”分隔，请核对`);
  if (/<[ou]l>/.test(html)) warnings.push("文档使用了 Word 自动编号，编号本身没有导入，请核对各级标题");
  return { ok: true, text, warnings };
}

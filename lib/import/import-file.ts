import { decodeText } from "./decode";
import { docxText } from "./docx";
import { importReportText } from "./import-text";
import { IMPORT_MESSAGES, MAX_FILE_BYTES } from "./messages";
import type { ImportOptions, ImportResult } from "./types";

/**
 * Imports an uploaded file: .txt (UTF-8, UTF-16 or GB18030) or .docx. The
 * bytes are checked before anything is parsed, so every refusal is one clear
 * Chinese message and never an exception.
 */
export async function importReportFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const ext = /\.[^./\\]+$/.exec(fileName.trim())?.[0]?.toLowerCase() ?? "";
  if (ext !== ".txt" && ext !== ".docx") return { ok: false, message: IMPORT_MESSAGES.unsupported(ext) };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, message: IMPORT_MESSAGES.tooBig };
  if (bytes.byteLength === 0) return { ok: false, message: IMPORT_MESSAGES.empty };

  if (ext === ".txt") {
    const decoded = decodeText(bytes);
    return decoded.ok ? importReportText(decoded.text, options) : decoded;
  }
  const docx = await docxText(bytes);
  if (!docx.ok) return docx;
  const result = importReportText(docx.text, options);
  return result.ok ? { ...result, warnings: [...docx.warnings, ...result.warnings] } : result;
}

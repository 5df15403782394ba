import "server-only";
import type { Db } from "@/lib/db/client";
import { importReportFile, importReportText, MAX_FILE_BYTES, type ImportResult } from "@/lib/import";
import { IMPORT_MESSAGES } from "@/lib/import/messages";
import { partSummaries } from "@/lib/report/part-summary";
import { refuse } from "@/lib/server/actions/action.schema";
import { mergeImported, partDiffs } from "@/lib/report/part-diff";
import type { Report } from "@/lib/report/schema";
import { readContent } from "@/lib/server/reports/content";
import type { AnalyseImportInput, AnalyseImportResult, ImportUpdate } from "./analyse-import.schema";

/** Reads the uploaded file or the pasted text and returns what was recognised, writing nothing. */
export async function analyseImport(db: Db, input: AnalyseImportInput): Promise<AnalyseImportResult> {
  const org = await db.organization.findUnique({ where: { id: input.organizationId }, include: { reports: { select: { id: true, year: true } } } });
  if (!org) return refuse("missing", "单位不存在");
  const options = { organizationName: org.name, organizationShortName: org.shortName, ...(input.year === null ? {} : { year: input.year }) };

  const { file, text } = input;
  let result: ImportResult;
  let source: string;
  try {
    if (file && file.size > 0) {
      // Checked before reading: the size, not the bytes, decides (Next.js already capped the body at 12 MB).
      if (file.size > MAX_FILE_BYTES) return refuse("invalid", IMPORT_MESSAGES.tooBig);
      source = file.name;
      result = await importReportFile(new Uint8Array(await file.arrayBuffer()), file.name, options);
    } else if (file && file.name !== "" && text.trim() === "") {
      return refuse("invalid", IMPORT_MESSAGES.empty);
    } else {
      if (text.trim() === "") return refuse("invalid", "请选择要导入的文件，或把报告全文粘贴到文本框中");
      if (new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES) return refuse("invalid", "粘贴的文本超过 10 MB，无法导入");
      source = "粘贴的文本";
      result = importReportText(text, options);
    }
  } catch (error) {
    // lib/import refuses bad input with messages; anything thrown is a defect, but the person still gets words.
    console.error("import failed", error);
    return refuse("invalid", "读取文件时出错，请确认文件是 .txt 或 .docx 格式的报告");
  }
  if (!result.ok) return refuse("invalid", result.message);
  const existing = org.reports.find((r) => r.year === result.report.header.year);
  return {
    ok: true,
    source,
    year: result.report.header.year,
    content: JSON.stringify(result.report),
    proposals: result.proposals,
    unrecognised: result.unrecognised,
    warnings: result.warnings,
    parts: partSummaries(result.report),
    takenYears: org.reports.map((r) => r.year).sort((a, b) => a - b),
    update: existing ? await updateOf(db, existing.id, result.report) : null,
  };
}

/** What the imported report would change in the stored one of its year. */
async function updateOf(db: Db, reportId: string, imported: Report): Promise<ImportUpdate | null> {
  const row = await db.report.findUnique({ where: { id: reportId }, select: { version: true, content: true } });
  if (!row) return null;
  const current = readContent(row.content).report;
  const merged = mergeImported(current, imported);
  return { reportId, baseVersion: row.version, diffs: partDiffs(current, merged), content: JSON.stringify(merged) };
}

import type { CustomFigureDef } from "@/lib/report/custom-figures";
import { parseFinal } from "@/lib/report/final-check";
import { parseReport } from "@/lib/report/parse";
import type { ReportIssue } from "@/lib/report/zod";
import { reportPdfFileName } from "@/lib/pdf/file-name";
import { renderReportDocx } from "./render";

export type DocxExportResult =
  | { ok: true; docx: Buffer; fileName: string; draft: boolean; finalIssues: ReportIssue[] }
  | { ok: false; issues: ReportIssue[] };

/**
 * Untrusted report data to a DOCX, as the CLI and the download route need
 * it: a report that passes only as a draft still exports (it is the file an
 * office edits), flagged as a draft with the reasons; anything else is
 * refused with its issues.
 */
export async function exportReportDocx(data: unknown, { customFigures = [] }: { customFigures?: readonly CustomFigureDef[] } = {}): Promise<DocxExportResult> {
  const final = parseFinal(data, customFigures);
  const parsed = final.ok ? final : parseReport(data, "draft");
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const docx = await renderReportDocx(parsed.report);
  return { ok: true, docx, fileName: reportPdfFileName(parsed.report.header, "docx"), draft: !final.ok, finalIssues: final.ok ? [] : final.issues };
}

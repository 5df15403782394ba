import type { CustomFigureDef } from "@/lib/report/custom-figures";
import { parseFinal } from "@/lib/report/final-check";
import { parseReport } from "@/lib/report/parse";
import type { ReportIssue } from "@/lib/report/zod";
import { checkCoverage, type Coverage } from "./coverage";
import { reportPdfFileName, submissionFileName } from "./file-name";
import { renderReportPdf } from "./render";
import type { PdfVersion } from "./version";

export type ExportResult =
  | {
      ok: true;
      pdf: Buffer;
      /** 老城区2020年度法治政府建设工作报告.pdf */
      fileName: string;
      /** True when the report failed the final checks: the PDF carries the 草稿 watermark. */
      draft: boolean;
      /** Why it is a draft (empty for a final report). */
      finalIssues: ReportIssue[];
      /** Characters the role faces lack, and what prints them instead. */
      coverage: Coverage;
    }
  | { ok: false; issues: ReportIssue[] };

export interface ExportOptions {
  figuresAppendix?: boolean;
  /** 报送版 (版头 and 文号) or 公开版; the 公开版 by default. */
  version?: PdfVersion;
  /**
   * The custom figures that apply to the report, checked as 提交审核 checks
   * them: a report whose custom figures fail is a draft too. The download
   * route reads them from the database; the CLI exports a file without one,
   * so it decides on the final schema alone.
   */
  customFigures?: readonly CustomFigureDef[];
}

/**
 * Untrusted report data to a PDF, the way both the CLI and the download
 * route need it: a final report exports clean; a report that only passes
 * as a draft exports with the 草稿 watermark and the reasons; anything else
 * is refused with its issues, each with its form path.
 */
export async function exportReportPdf(data: unknown, { customFigures = [], ...options }: ExportOptions = {}): Promise<ExportResult> {
  const final = parseFinal(data, customFigures);
  const parsed = final.ok ? final : parseReport(data, "draft");
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const report = parsed.report;
  const coverage = await checkCoverage(report);
  const draft = !final.ok;
  const pdf = await renderReportPdf(report, { ...options, draft, coverage });
  const fileName = options.version === "submission" ? submissionFileName(reportPdfFileName(report.header)) : reportPdfFileName(report.header);
  return { ok: true, pdf, fileName, draft, finalIssues: final.ok ? [] : final.issues, coverage };
}

import { writeFileSync } from "node:fs";
import { readInput } from "./read-input";

/**
 * `report pdf <file.json> [-o out.pdf] [--appendix] [--submission]`: exports
 * the report as a GB/T 9704 PDF, the 公开版 or, with --submission, the 报送版
 * with its 版头 and 文号. A draft exports with the 草稿 watermark and a warning
 * (exit 0); a file that is not even a valid draft prints its issues (exit 1).
 */
export async function pdfCommand(file: string, opts: { output?: string; appendix?: boolean; submission?: boolean }): Promise<void> {
  const json = readInput(file);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    console.error(`${file}：文件不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
    process.exitCode = 1;
    return;
  }
  // lib/pdf is ESM-only (react-pdf); this CommonJS entry reaches it through a dynamic import.
  const { exportReportPdf, describeMissing } = await import("@/lib/pdf/index");
  const result = await exportReportPdf(data, { figuresAppendix: opts.appendix, version: opts.submission ? "submission" : "public" });
  if (!result.ok) {
    for (const issue of result.issues) console.log(`${issue.path || "(报告)"}: ${issue.message}`);
    console.error(`共 ${result.issues.length} 个问题，无法导出`);
    process.exitCode = 1;
    return;
  }
  for (const m of result.coverage.missing) console.warn(`缺字：${describeMissing(m)}`);
  if (result.draft) {
    console.warn(`警告：报告未通过提交审核的校验（${result.finalIssues.length} 个问题），已按草稿导出，每页带“草稿”水印：`);
    for (const issue of result.finalIssues) console.warn(`  ${issue.path || "(报告)"}: ${issue.message}`);
  }
  const out = opts.output ?? result.fileName;
  try {
    writeFileSync(out, result.pdf);
  } catch (e) {
    console.error(`${out}：无法写入（${e instanceof Error && "code" in e ? String(e.code) : String(e)}）`);
    process.exitCode = 2;
    return;
  }
  console.log(`已导出 ${out}（${Math.round(result.pdf.length / 1024)} KB${result.draft ? "，草稿" : ""}）`);
}

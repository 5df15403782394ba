import { writeFileSync } from "node:fs";
import { readInput } from "./read-input";

/**
 * `report docx <file.json> [-o out.docx]`: the report as a Word document for
 * WPS/Word. A draft exports with a warning (exit 0); a file that is not even
 * a valid draft prints its issues (exit 1).
 */
export async function docxCommand(file: string, opts: { output?: string }): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(readInput(file));
  } catch (e) {
    console.error(`${file}：文件不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
    process.exitCode = 1;
    return;
  }
  const { exportReportDocx } = await import("@/lib/docx/index");
  const result = await exportReportDocx(data);
  if (!result.ok) {
    for (const issue of result.issues) console.log(`${issue.path || "(报告)"}: ${issue.message}`);
    console.error(`共 ${result.issues.length} 个问题，无法导出`);
    process.exitCode = 1;
    return;
  }
  if (result.draft) {
    console.warn(`警告：报告未通过提交审核的校验（${result.finalIssues.length} 个问题），导出的是草稿：`);
    for (const issue of result.finalIssues) console.warn(`  ${issue.path || "(报告)"}: ${issue.message}`);
  }
  const out = opts.output ?? result.fileName;
  try {
    writeFileSync(out, result.docx);
  } catch (e) {
    console.error(`${out}：无法写入（${e instanceof Error && "code" in e ? String(e.code) : String(e)}）`);
    process.exitCode = 2;
    return;
  }
  console.log(`已导出 ${out}（${Math.round(result.docx.length / 1024)} KB${result.draft ? "，草稿" : ""}）`);
}

import type { Command } from "commander";
import { pdfCommand, type PdfCommandOptions, type PdfExporter } from "./pdf";

/**
 * The `pdf` command's arguments and options, for report.ts (exporting from
 * the sources) and for the bundled engine that lib/cli/run.mjs runs.
 */
export function definePdfCommand(program: Command, load: () => Promise<PdfExporter>): void {
  program
    .command("pdf")
    .description("按 GB/T 9704 导出 PDF（未通过提交审核校验的报告带“草稿”水印）；可一次导出多个报告或一个文件夹中的全部报告")
    .argument("<files...>", "报告 JSON 文件，或装有报告 JSON 文件的文件夹（可多个）")
    .option("-o, --output <path>", "输出的 PDF 文件；导出多个报告时为输出文件夹（默认：当前文件夹，文件名为单位简称+年度+法治政府建设工作报告.pdf）")
    .option("--appendix", "附上年度数据表作为附件")
    .option("--submission", "导出报送版：带版头（红色发文机关标志、文号、红色分隔线）；不指定时为公开版")
    .action((files: string[], opts: PdfCommandOptions) => pdfCommand(files, opts, load));
}

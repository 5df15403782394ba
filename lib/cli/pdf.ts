import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { describeMissing } from "@/lib/pdf/coverage";
import type { exportReportPdf } from "@/lib/pdf/export";
import { tryReadInput } from "./read-input";

/** The PDF export the command runs: the bundled engine's (lib/cli/run.mjs) or the sources'. */
export interface PdfExporter {
  exportReportPdf: typeof exportReportPdf;
  describeMissing: typeof describeMissing;
}

export interface PdfCommandOptions {
  output?: string;
  appendix?: boolean;
  submission?: boolean;
}

/** The report files the arguments name: a file as given, a folder's *.json files in name order. */
export function reportInputs(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!existsSync(arg) || !statSync(arg).isDirectory()) return [arg];
    return readdirSync(arg)
      .filter((name) => name.toLowerCase().endsWith(".json"))
      .sort()
      .map((name) => join(arg, name));
  });
}

/** Exit codes as before: 1 for a report that cannot be exported, 2 for a file that cannot be read or written. */
type Outcome = { ok: true; out: string; draft: boolean } | { ok: false; code: 1 | 2 };

async function exportOne(file: string, output: (fileName: string) => string, opts: PdfCommandOptions, exporter: PdfExporter, many: boolean): Promise<Outcome> {
  const label = many ? `${file}：` : "";
  const read = tryReadInput(file);
  if (!read.ok) {
    console.error(`${file}：${read.reason}`);
    return { ok: false, code: 2 };
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (e) {
    console.error(`${file}：文件不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`);
    return { ok: false, code: 1 };
  }
  const result = await exporter.exportReportPdf(data, { figuresAppendix: opts.appendix, version: opts.submission ? "submission" : "public" });
  if (!result.ok) {
    for (const issue of result.issues) console.log(`${label}${issue.path || "(报告)"}: ${issue.message}`);
    console.error(`${label}共 ${result.issues.length} 个问题，无法导出`);
    return { ok: false, code: 1 };
  }
  for (const m of result.coverage.missing) console.warn(`${label}缺字：${exporter.describeMissing(m)}`);
  if (result.draft) {
    console.warn(`${label}警告：报告未通过提交审核的校验（${result.finalIssues.length} 个问题），已按草稿导出，每页带“草稿”水印：`);
    for (const issue of result.finalIssues) console.warn(`  ${issue.path || "(报告)"}: ${issue.message}`);
  }
  const out = output(result.fileName);
  try {
    writeFileSync(out, result.pdf);
  } catch (e) {
    console.error(`${out}：无法写入（${e instanceof Error && "code" in e ? String(e.code) : String(e)}）`);
    return { ok: false, code: 2 };
  }
  console.log(`已导出 ${out}（${Math.round(result.pdf.length / 1024)} KB${result.draft ? "，草稿" : ""}）`);
  return { ok: true, out, draft: result.draft };
}

/**
 * `report pdf <file.json|folder>… [-o out.pdf|outdir/] [--appendix] [--submission]`:
 * exports each report as a GB/T 9704 PDF, the 公开版 or, with --submission,
 * the 报送版 with its 版头 and 文号. One file and -o naming a file writes
 * there; several files, a folder of them (a city's units), or -o naming a
 * folder (ending in / or existing) writes each under its own file name into
 * that folder, in one process, so every report after the first is exported
 * warm. A draft exports with the 草稿 watermark and a warning; a file that is
 * not even a valid draft prints its issues, and the others still export;
 * the exit code is the worst of them.
 */
export async function pdfCommand(args: readonly string[], opts: PdfCommandOptions, load: () => Promise<PdfExporter>): Promise<void> {
  const files = reportInputs(args);
  const toFolder = opts.output !== undefined && (/[/\\]$/.test(opts.output) || (existsSync(opts.output) && statSync(opts.output).isDirectory()));
  const many = files.length > 1 || args.some((arg) => existsSync(arg) && statSync(arg).isDirectory());
  if (files.length === 0) {
    console.error(`${args.join("、")}：没有找到报告 JSON 文件`);
    process.exitCode = 1;
    return;
  }
  const folder = toFolder || many ? (opts.output ?? ".") : null;
  if (folder !== null) mkdirSync(folder, { recursive: true });
  const exporter = await load();
  const used = new Set<string>();
  const outcomes: Outcome[] = [];
  for (const file of files) {
    const output = (fileName: string) => {
      if (folder === null) return opts.output ?? fileName;
      // Two reports with the same unit and year would overwrite each other: the second is named for its input.
      const name = used.has(fileName) ? `${basename(file).replace(/\.json$/i, "")}.pdf` : fileName;
      used.add(name);
      return join(folder, name);
    };
    outcomes.push(await exportOne(file, output, opts, exporter, many));
  }
  const failed = outcomes.filter((o) => !o.ok);
  process.exitCode = Math.max(0, ...failed.map((o) => o.code));
  if (many) {
    const drafts = outcomes.filter((o) => o.ok && o.draft).length;
    console.log(`共导出 ${outcomes.length - failed.length} 份（其中草稿 ${drafts} 份），失败 ${failed.length} 份，保存在 ${folder}`);
  }
}

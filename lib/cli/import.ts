import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { applyProposals, importReportFile, type FigureProposal, type ImportOptions } from "@/lib/import";
import { PART_CATALOGUE, PART_KINDS } from "@/lib/report/part-catalogue";
import { partSummaries } from "@/lib/report/part-summary";
import type { Report } from "@/lib/report/schema";

const CONFIDENCE_LABEL = { high: "高", medium: "中", low: "低" } as const;

export interface ImportCommandOptions {
  output?: string;
  acceptFigures?: boolean;
  year?: string;
  organization?: string;
}

/**
 * `report import <file.txt|file.docx> [-o report.json] [--accept-figures]`:
 * writes the draft JSON (to stdout when -o is not given, the summary then
 * going to stderr) and prints what was recognised. Exit 1 when the file
 * cannot be imported, 2 when it cannot be read or the output cannot be written.
 */
export async function importCommand(file: string, opts: ImportCommandOptions): Promise<void> {
  const options: ImportOptions = {};
  if (opts.year !== undefined) {
    const year = Number(opts.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return fail(`年度“${opts.year}”无效，应为 2000～2100 之间的年份`, 2);
    options.year = year;
  }
  if (opts.organization) options.organizationName = opts.organization;

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = e instanceof Error && "code" in e ? String(e.code) : "";
    return fail(`${file}：${code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取"}`, 2);
  }

  const result = await importReportFile(bytes, basename(file), options);
  if (!result.ok) return fail(`${file}：${result.message}`, 1);

  const accepted = opts.acceptFigures ? result.proposals.filter((p) => p.confidence === "high") : [];
  const report = accepted.length ? applyProposals(result.report, accepted) : result.report;
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const log = opts.output ? console.log : console.error;

  if (opts.output) {
    try {
      writeFileSync(opts.output, json);
    } catch {
      return fail(`无法写入 ${opts.output}`, 2);
    }
  } else {
    process.stdout.write(json);
  }
  for (const line of summary(report, result.proposals, accepted, result.unrecognised, result.warnings)) log(line);
  if (opts.output) log(`已写入 ${opts.output}（草稿）`);
}

function fail(message: string, code: 1 | 2): void {
  console.error(message);
  process.exitCode = code;
}

function summary(
  report: Report,
  proposals: readonly FigureProposal[],
  accepted: readonly FigureProposal[],
  unrecognised: ReadonlyArray<{ line: number; text: string; reason: string }>,
  warnings: readonly string[],
): string[] {
  const h = report.header;
  const count = (n: number, unit: string) => `${n}${unit}`;
  const out = [
    `标题：${h.title.replace(/\n/g, "") || "（无）"}`,
    `年度：${h.year ?? "（未识别）"}　主送机关：${h.addressee || "（无）"}　成文日期：${h.date || "（无）"}`,
    `导语：${report.preamble ? count(report.preamble.length, "字") : "（无）"}`,
    // The parts in the source's order, each with the catalogue's name of what it is.
    `各部分（${report.parts.length}个，按原文顺序）：`,
    ...partSummaries(report).map((p) => `  ${p.heading}　〔${p.role}〕${p.items ? count(p.items, "项") : count(p.characters, "字")}`),
    ...PART_KINDS.filter((k) => PART_CATALOGUE[k].required && !report.parts.some((p) => p.kind === k)).map(
      (k) => `  （未找到“${PART_CATALOGUE[k].name}”部分）`,
    ),
    `结束语：${report.closing || "（无）"}`,
    "",
    `数据建议：${proposals.length}条${accepted.length ? `，已采纳高可信度的${accepted.length}条` : "（加 --accept-figures 采纳高可信度的建议）"}`,
    ...proposals.map(
      (p) => `  [${CONFIDENCE_LABEL[p.confidence]}] ${p.label} = ${p.raw}（${p.figureId}）　${p.reason}\n      ${p.sentence}`,
    ),
  ];
  if (unrecognised.length) {
    out.push("", `未识别的行：${unrecognised.length}行（已放入“未识别的内容”部分）`);
    out.push(...unrecognised.map((u) => `  第${u.line}行：${u.text}（${u.reason}）`));
  }
  if (warnings.length) out.push("", "提示：", ...warnings.map((w) => `  ${w}`));
  return out;
}

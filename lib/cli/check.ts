import { fieldLabel } from "@/lib/report/outline";
import { parseReportJson } from "@/lib/report/parse";
import { blocks, buildCorpus, reviewChecks, SEVERITY_LABELS, type ComparedReport } from "@/lib/report/review-checks";
import type { Report } from "@/lib/report/schema";
import { readInput } from "./read-input";

function readReport(file: string): Report {
  const parsed = parseReportJson(readInput(file), "draft");
  if (parsed.ok) return parsed.report;
  for (const issue of parsed.issues) console.error(`${file}：${issue.path || "(报告)"}: ${issue.message}`);
  process.exit(2);
}

/**
 * `report check <report.json> [--previous <last-year.json>] [--sibling <other.json>]…`:
 * every review finding, one a line as `severity part: message`; exit 1 when
 * a content the regulation requires is missing (what blocks 提交审核).
 */
export function checkCommand(file: string, opts: { previous?: string; sibling?: string[] }): void {
  const report = readReport(file);
  const previous = opts.previous ? readReport(opts.previous) : null;
  const compared: ComparedReport[] = [
    ...(previous ? [{ label: "上年报告", relation: "previous" as const, report: previous }] : []),
    ...(opts.sibling ?? []).map((f) => {
      const sibling = readReport(f);
      return { label: sibling.header.organizationShortName || sibling.header.organizationName || f, relation: "sibling" as const, report: sibling };
    }),
  ];
  const findings = reviewChecks(report, { corpus: buildCorpus(compared), previous });
  for (const f of findings) {
    const part = f.path === "" ? "全文" : fieldLabel(f.path, report);
    console.log(`${SEVERITY_LABELS[f.severity]} ${part}: ${f.message}`);
    for (const quote of f.quotes ?? []) console.log(`　　“${quote}”`);
  }
  if (findings.length === 0) console.log("没有发现问题");
  if (blocks(findings)) process.exitCode = 1;
}

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport } from "@/lib/report/parse";
import type { Report } from "@/lib/report/schema";
import { renderReportPdf, type RenderOptions } from "../render";

/** The Laocheng 2020 report, parsed as a final report. */
export function laocheng(): Report {
  const path = join(process.cwd(), "lib/report/fixtures/laocheng-2020.json");
  const parsed = parseReport(JSON.parse(readFileSync(path, "utf8")), "final");
  if (!parsed.ok) throw new Error(`fixture does not pass the final schema: ${JSON.stringify(parsed.issues)}`);
  return parsed.report;
}

const dir = mkdtempSync(join(tmpdir(), "fazhi-pdf-test-"));

/** Renders a report to a file the poppler tools can read; returns its path. */
export async function renderToFile(name: string, report: Report, options?: RenderOptions): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderReportPdf(report, options));
  return file;
}

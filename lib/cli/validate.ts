import { parseReportJson } from "@/lib/report/parse";
import { readInput } from "./read-input";

/** `report validate <file.json> [--draft]`: prints OK or every problem as `path: message`; exit 1 when invalid. */
export function validateCommand(file: string, opts: { draft?: boolean }): void {
  const result = parseReportJson(readInput(file), opts.draft ? "draft" : "final");
  if (result.ok) {
    console.log("OK");
    return;
  }
  for (const issue of result.issues) console.log(`${issue.path || "(报告)"}: ${issue.message}`);
  console.error(`共 ${result.issues.length} 个问题`);
  process.exitCode = 1;
}

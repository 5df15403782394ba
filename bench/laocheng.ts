import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "@/lib/report/parse";
import type { Report } from "@/lib/report/schema";

/** The benchmark document: the Laocheng 2020 report, the real thing the app typesets. */
export function laochengReport(): Report {
  const parsed = parseReport(JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")), "final");
  if (!parsed.ok) throw new Error("the Laocheng fixture no longer passes the final schema");
  return parsed.report;
}

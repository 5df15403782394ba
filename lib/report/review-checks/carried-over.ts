import type { Report } from "../schema";
import type { Finding } from "./finding";

/** Texts copied from last year (carry-over) that nobody has edited since: each must be read before the report goes out. */
export function carriedOverFindings(report: Report): Finding[] {
  return report.carriedOver.map((path) => ({
    rule: "carriedOver",
    severity: "warning",
    path,
    message: "沿用上年的文字，尚未修改确认",
  }));
}

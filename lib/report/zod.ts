import { z } from "zod";

// Every message a user can meet is Chinese. Our own checks carry their own
// wording; zod's generic ones (wrong type, unknown key…) come from its zh-CN
// locale, configured here once so that every importer of the schemas gets it.
z.config(z.locales.zhCN());
// No compiled parsers: zod would otherwise compile each object schema with
// new Function on its first parse, which made the first parse of a report in
// a fresh server process about 30 ms slower (both schemas) and later parses no
// faster; a report is parsed once per request, never in a tight loop.
z.config({ jitless: true });

export { z };

/** One problem, addressed the way react-hook-form addresses fields: "figures.petitions.resolved". */
export interface ReportIssue {
  path: string;
  message: string;
}

export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

export function toReportIssues(error: z.ZodError): ReportIssue[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}

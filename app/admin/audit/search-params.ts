import { auditFilterInput, type AuditFilter } from "@/lib/server/audit/audit-filter";
import { errorsByPath } from "@/components/forms/FormField";
import { toReportIssues } from "@/lib/report/zod";

export type SearchParams = Record<string, string | string[] | undefined>;

const KEYS = ["person", "organization", "action", "from", "to", "page"] as const;

/** The filters as typed (first value of each), what they parse to, and each refused one's message. */
export function readAuditFilter(params: SearchParams): { typed: Record<string, string | undefined>; filter: Partial<AuditFilter>; errors: Record<string, string> } {
  const typed = Object.fromEntries(KEYS.map((k) => [k, [params[k]].flat()[0]]));
  const parsed = auditFilterInput.safeParse(typed);
  if (parsed.success) return { typed, filter: parsed.data, errors: {} };
  // A refused filter is shown on its field; the others still apply.
  const errors = errorsByPath(toReportIssues(parsed.error));
  const kept = Object.fromEntries(Object.entries(typed).filter(([k]) => !(k in errors)));
  const retry = auditFilterInput.safeParse(kept);
  return { typed, filter: retry.success ? retry.data : {}, errors };
}

/** The address of the same filters on another page (or the CSV export). */
export function auditHref(base: string, typed: Record<string, string | undefined>, page?: number): string {
  const q = new URLSearchParams();
  for (const k of KEYS) {
    const v = k === "page" ? (page && page > 1 ? String(page) : undefined) : typed[k];
    if (v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

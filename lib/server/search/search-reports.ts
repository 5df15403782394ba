import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { fieldLabel } from "@/lib/report/outline";
import { resolveReferences } from "@/lib/report/references";
import { checkQuery, findInText, type TextHit } from "@/lib/report/search-text";
import { textFields } from "@/lib/report/walk";
import { visibleOrganizationIds } from "@/lib/server/organizations/visible-organization-ids";
import { readContent } from "@/lib/server/reports/content";

/** More hits than anyone reads; the page says so and asks for a narrower query. */
export const MAX_HITS = 200;

export interface SearchHit extends TextHit {
  /** The form path of the text, e.g. "parts.2.items.8.body". */
  path: string;
  /** The same in words: "工作举措第3部分（九）事项正文". */
  label: string;
}

export interface ReportHits {
  reportId: string;
  organizationName: string;
  year: number;
  status: string;
  title: string;
  hits: SearchHit[];
}

export type SearchResult =
  | { status: "invalid"; message: string }
  | { status: "ok"; query: string; reports: ReportHits[]; hitCount: number; truncated: boolean; searchedReports: number };

/**
 * Full-text search over every report the person may see: their own
 * organization's years and, for a parent organization, its units'. The text
 * searched is the text as printed, figure references resolved, so "77"
 * finds "共接收行政诉讼案件{{…lawsuits}}起". Results are grouped by report,
 * organizations by name, newest year first.
 */
export async function searchReports(db: Db, actor: Actor, rawQuery: string | undefined | null): Promise<SearchResult> {
  const checked = checkQuery(rawQuery);
  if (!checked.ok) return { status: "invalid", message: checked.message };
  const { query } = checked;
  const organizationIds = await visibleOrganizationIds(db, actor);
  const rows = await db.report.findMany({
    where: { organizationId: { in: organizationIds } },
    orderBy: [{ organization: { name: "asc" } }, { year: "desc" }],
    select: { id: true, year: true, status: true, content: true, organization: { select: { name: true } } },
  });

  const reports: ReportHits[] = [];
  let hitCount = 0;
  let truncated = false;
  for (const row of rows) {
    if (truncated) break;
    const { report } = readContent(row.content);
    const hits: SearchHit[] = [];
    for (const field of textFields(report)) {
      // One more than room is left, to know whether anything was cut off.
      const room = MAX_HITS - hitCount - hits.length;
      const found = findInText(resolveReferences(field.text, report.figures), query, { limit: room + 1 });
      if (found.length > room) {
        truncated = true;
        found.length = room;
      }
      for (const hit of found) hits.push({ ...hit, path: field.path, label: fieldLabel(field.path, report) });
      if (truncated) break;
    }
    if (hits.length > 0) {
      reports.push({ reportId: row.id, organizationName: row.organization.name, year: row.year, status: row.status, title: report.header.title, hits });
      hitCount += hits.length;
    }
  }
  return { status: "ok", query, reports, hitCount, truncated, searchedReports: rows.length };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { checkQuery, findInText, type TextHit } from "@/lib/report/search-text";
import { placeAt, readPlaces } from "@/lib/db/search-places";
import { visibleOrganizationIds } from "@/lib/server/organizations/visible-organization-ids";
import { matchedRows, matchReports } from "./match-query";
import { countInScope, placeholders, textHoldsSql } from "./scope";

/** More hits than anyone reads on one page; the page says so and asks for a narrower query. */
export const MAX_HITS = 200;
/** Reports per page. Their hits are cut from their stored text, so the page's cost is bounded by this. */
export const PAGE_SIZE = 20;
/** Matching reports are counted up to this many; beyond it the page says "more than". */
export const COUNT_CAP = 1000;

export interface SearchHit extends TextHit {
  /** The form path of the text, e.g. "parts.2.items.8.body"; "" for a hit in the printed numbering or title. */
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

export interface SearchFilters {
  year?: number;
  organizationId?: string;
  /** Part of a unit's name: where there are too many units to list (searchable-units.ts). */
  unitName?: string;
  status?: string;
  /** 1-based. */
  page?: number;
}

export type SearchResult =
  | { status: "invalid"; message: string }
  | {
      status: "ok";
      query: string;
      reports: ReportHits[];
      /** Hits shown on this page, at most MAX_HITS. */
      hitCount: number;
      truncated: boolean;
      /** Reports the person may see within the filters. */
      searchedReports: number;
      /** Reports that contain the query, counted up to COUNT_CAP (then `totalCapped`). */
      total: number;
      totalCapped: boolean;
      /** Reports past CHECK_LIMIT that might hold the query were not checked (match-query.ts): more may match. */
      unchecked: boolean;
      page: number;
      pageCount: number;
    };

/**
 * Full-text search over every report the person may see: their own
 * organization's years and, for a parent organization, its units'. The
 * index holds the text as printed, figure references resolved, so "77"
 * finds "共接收行政诉讼案件{{…lawsuits}}起". The index finds and ranks the
 * reports (match-query.ts); the hits are then cut from this page's reports'
 * stored printed text only, each named by the stored place of its paragraph:
 * no report's content is read or parsed.
 */
export async function searchReports(db: Db, actor: Actor, rawQuery: string | undefined | null, filters: SearchFilters = {}): Promise<SearchResult> {
  const checked = checkQuery(rawQuery);
  if (!checked.ok) return { status: "invalid", message: checked.message };
  const { query } = checked;
  const visible = await visibleOrganizationIds(db, actor);
  const chosen = filters.organizationId ? visible.filter((id) => id === filters.organizationId) : visible;
  const organizationIds = filters.unitName ? await namedAs(db, chosen, filters.unitName) : chosen;
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  // A unit's report is searched only once its parent may read it (lib/access/permissions.ts openToParent).
  const scope = { organizationIds, year: filters.year, status: filters.status, ownOrganizationId: actor.organizationId };

  const [searchedReports, matched] = await Promise.all([
    countInScope(db.raw, scope),
    matchReports(db.raw, query, scope, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, countCap: COUNT_CAP }),
  ]);
  const rows = await matchedRows(db.raw, matched.ids);
  const byId = new Map(rows.map((r) => [r.id, r]));

  const reports: ReportHits[] = [];
  let hitCount = 0;
  let truncated = false;
  for (const id of matched.ids) {
    const row = byId.get(id);
    if (!row || truncated) continue;
    const room = MAX_HITS - hitCount;
    const found = hitsIn(row.text, row.places, query, room + 1);
    if (found.length > room) {
      truncated = true;
      found.length = room;
    }
    reports.push({ reportId: row.id, organizationName: row.organizationName, year: Number(row.year), status: row.status, title: row.title, hits: found });
    hitCount += found.length;
  }
  const total = Math.min(matched.count, COUNT_CAP);
  return {
    status: "ok",
    query,
    reports,
    hitCount,
    truncated,
    searchedReports,
    total,
    totalCapped: matched.count > COUNT_CAP,
    unchecked: matched.unchecked,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

/** Those of `ids` whose organization's name holds `part`. */
async function namedAs(db: Db, ids: readonly string[], part: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const holds = textHoldsSql(db.raw, part, `"name"`);
  const rows = await db.raw.query<{ id: string }>(`SELECT "id" FROM "Organization" WHERE "id" IN (${placeholders(ids.length)}) AND ${holds.sql}`, ...ids, ...holds.params);
  return rows.map((r) => r.id);
}

/** The hits in the printed text, each named by its paragraph's place (the title and the date are 报告全文). */
function hitsIn(printed: string, placesJson: string, query: string, limit: number): SearchHit[] {
  const places = readPlaces(placesJson);
  return findInText(printed, query, { limit }).map((hit) => {
    const place = placeAt(places, hit.index);
    // A snippet stays within its paragraph: context from the one before would read as one sentence.
    const before = hit.before.slice(hit.before.lastIndexOf("\n") + 1);
    const newline = hit.after.indexOf("\n");
    const after = newline >= 0 ? hit.after.slice(0, newline) : hit.after;
    return {
      ...hit,
      before,
      after,
      cutBefore: hit.cutBefore && before.length === hit.before.length,
      cutAfter: hit.cutAfter && newline < 0,
      path: place?.[1] ?? "",
      label: place?.[2] ?? "报告全文",
    };
  });
}

import "server-only";
import type { Raw } from "@/lib/db/client";
import { CHECK_LIMIT, manyCandidates, matchFromIndex } from "./match-index";
import { checkInRankOrder, rankedInScope } from "./match-ranked";
import { foldsInSql, placeholders, type SearchScope } from "./scope";

/**
 * How many reports, in rank order, may be checked for the query, per match
 * the page needs, before the index is asked instead. Checking a text costs
 * about 60 µs on PostgreSQL (and less on SQLite); the index costs some 10 µs
 * per matching report of 100,000. So checking pays where at least one
 * report in four matches, and the index where fewer do.
 */
export const PROBE_PER_MATCH = 4;

export interface MatchedRow {
  id: string;
  year: number;
  status: string;
  title: string;
  organizationName: string;
  text: string;
  places: string;
}

/**
 * What the page shows of its matched reports, with their printed text and
 * places to cut the hits from: one query (Prisma's nested select took 9–20
 * ms for 20 reports' texts, most of it moving the strings).
 */
export async function matchedRows(raw: Raw, ids: readonly string[]): Promise<MatchedRow[]> {
  if (ids.length === 0) return [];
  return raw.query<MatchedRow>(
    `SELECT r."id" AS "id", r."year" AS "year", r."status" AS "status", r."title" AS "title", o."name" AS "organizationName", s."text" AS "text", s."places" AS "places"
     FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId" JOIN "ReportSearch" s ON s."reportId" = r."id" WHERE r."id" IN (${placeholders(ids.length)})`,
    ...ids,
  );
}

/**
 * The ranked, paginated ids of the reports containing `query` (ranked as
 * scope.ts rankSql says), and how many there are: countCap + 1 means more
 * than countCap. The work is bounded by the page, not by how many reports
 * match: the first reports in rank order are checked first
 * (match-ranked.ts), and only if matches among them are too sparse to fill
 * the page and the count is the index asked (match-index.ts), whose cost
 * grows with the matches. Where the index could not narrow the reports down
 * either (manyCandidates), they are checked in rank order up to checkLimit.
 * Either way, `unchecked` says reports past checkLimit were not checked.
 */
export async function matchReports(
  raw: Raw,
  query: string,
  scope: SearchScope,
  page: { offset: number; limit: number; countCap: number; probe?: number; checkLimit?: number },
): Promise<{ ids: string[]; count: number; unchecked: boolean }> {
  if (scope.organizationIds.length === 0) return { ids: [], count: 0, unchecked: false };
  const capped = (count: number) => Math.min(count, page.countCap + 1);
  const need = Math.max(page.offset + page.limit, page.countCap + 1);
  const probe = page.probe ?? need * PROBE_PER_MATCH;
  const checkLimit = page.checkLimit ?? CHECK_LIMIT;
  // SQL's lower() may not fold a letter as the index did (É): such a query is left to the index.
  if (probe > 0 && foldsInSql(query)) {
    const asked = Math.max(probe, checkLimit);
    const [ranked, many] = await Promise.all([rankedInScope(raw, query, scope, asked), manyCandidates(raw, query, checkLimit)]);
    // Where the index cannot narrow the reports down, they are checked in rank order as far as the index would check.
    const ids = ranked.slice(0, many ? checkLimit : probe);
    const { found, checkedAll } = await checkInRankOrder(raw, query, ids, need, many);
    const complete = checkedAll && ranked.length < asked && ids.length === ranked.length;
    if (complete || found.length >= need || many) {
      return { ids: found.slice(page.offset, page.offset + page.limit), count: capped(found.length), unchecked: !complete && found.length < need };
    }
  }
  const indexed = await matchFromIndex(raw, query, scope, { ...page, checkLimit });
  return { ...indexed, count: capped(indexed.count) };
}

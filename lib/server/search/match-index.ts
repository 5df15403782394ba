import "server-only";
import type { Raw } from "@/lib/db/client";
import { queryGrams } from "@/lib/db/search-grams";
import { sqliteMatchingReportsSql, SQLITE_GRAMS } from "@/lib/db/search-paragraphs";
import { intArrayLiteral, queryUnitGrams } from "@/lib/db/search-unit-grams";
import { rankSql, scopeSql, textHoldsSql, type SearchScope } from "./scope";

/** An FTS5 string: one phrase, quotes doubled, so nothing in the query is read as FTS syntax. */
const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Candidates of the index whose texts are checked, at most, in rank order
 * (where there would be more, as many reports in rank order: match-query.ts).
 * Checking a text costs about 60 µs; a query whose every pair is common
 * although the query is not (政府法治: every report holds 政府, 府法 and 法治
 * somewhere) has as many candidates as there are reports, and checking them
 * all took 7 s for 100,000. Past this many, the page says that the rest
 * were not checked.
 */
export const CHECK_LIMIT = 2000;

/**
 * Whether the index would give at least `atLeast` reports to check against
 * their text (a PostgreSQL query of three or more units, found through its
 * pairs): then checking the reports in rank order costs less than ranking
 * every candidate first (政府法治 at 100,000 reports: 450 ms to rank them).
 * Counted over the whole database, whatever the scope (a scope that small
 * is checked whole), and only up to `atLeast`: some 40 ms at most.
 */
export async function manyCandidates(raw: Raw, query: string, atLeast: number): Promise<boolean> {
  const grams = queryUnitGrams(query);
  if (raw.kind === "sqlite" || grams.exact) return false;
  // A report has some 11 runs (Laocheng's 7,400 characters): read up to 15 per report needed, then count the reports.
  const [row] = await raw.query<{ n: number | bigint }>(
    `SELECT count(DISTINCT k."reportId") AS "n" FROM (SELECT c."reportId" FROM "ReportChunk" c WHERE c."grams" @> ?::int[] LIMIT ?) k`,
    intArrayLiteral(grams.keys),
    atLeast * 15,
  );
  return Number(row?.n ?? 0) >= atLeast;
}

/**
 * The ranked, paginated ids of the reports containing `query`, found through
 * the full-text index, and how many there are; `unchecked` says candidates
 * past `checkLimit` were not checked, so more may match. Its cost grows
 * with the number of matches, so match-query.ts asks it only when matches
 * are few.
 *
 * SQLite: the trigram FTS5 table matches 3+ characters, the gram table 1–2,
 * both exactly and from the index alone. PostgreSQL: the int[] of code
 * units and their pairs of a run of paragraphs (search-paragraphs.ts)
 * matches up to two units exactly; a longer query is found through its
 * pairs, which a text may hold apart, so the first `checkLimit` candidates
 * in rank order are checked against the report's text (checking the runs'
 * texts, stored out of line, cost 120 ms for 10,000 reports).
 */
export async function matchFromIndex(
  raw: Raw,
  query: string,
  scope: SearchScope,
  page: { offset: number; limit: number; checkLimit: number },
): Promise<{ ids: string[]; count: number; unchecked: boolean }> {
  const where = scopeSql(scope);
  const rank = rankSql(raw, query);

  // Candidates as SELECT … FROM … WHERE, ranked by `rank.order` where a page is cut, unranked where only counted.
  let candidates: { sql: string; params: unknown[] };
  let check: { sql: string; params: unknown[] } | null = null;
  if (raw.kind === "sqlite") {
    const short = Array.from(query).length <= SQLITE_GRAMS;
    const index = short
      ? { table: "ReportGramFts" as const, match: phrase(queryGrams(query, SQLITE_GRAMS).tokens[0] ?? "") }
      : { table: "ReportTextFts" as const, match: phrase(query) };
    candidates = {
      sql: `SELECT r."id" AS "id", ${rank.select}, count(*) OVER () AS "n" ${rank.from} WHERE r."id" IN (${sqliteMatchingReportsSql(index.table)}) AND ${where.sql}`,
      params: [rank.param, index.match, ...where.params],
    };
  } else {
    const grams = queryUnitGrams(query);
    // Counted in the ranked pass when the index decides alone; a checked query counts what passes the check.
    const total = grams.exact ? `, count(*) OVER () AS "n"` : "";
    const runs = `SELECT DISTINCT c."reportId" FROM "ReportChunk" c WHERE c."grams" @> ?::int[]`;
    // One key (信访): the matching runs are read once, from the index. `OFFSET 0` keeps the planner from
    // making them a semi-join that tests each report's runs one by one (it guessed few matches, and reading
    // every run's out-of-line keys so had not ended after 60 s at 50,000 reports; so, 215 ms). Queries of
    // several keys kept the semi-join's plan: this form took 5.6 s for 行政复议 at 50,000 reports.
    const matched = grams.exact ? `JOIN (${runs} OFFSET 0) m ON m."reportId" = r."id"` : "";
    candidates = {
      sql: `SELECT r."id" AS "id", ${rank.select}${total} ${rank.from} ${matched} WHERE ${grams.exact ? "" : `r."id" IN (${runs}) AND `}${where.sql}`,
      params: [rank.param, intArrayLiteral(grams.keys), ...where.params],
    };
    // The report's text is read for the ranked candidates checked, not joined to every candidate.
    if (!grams.exact) check = textHoldsSql(raw, query, `(SELECT s."text" FROM "ReportSearch" s WHERE s."reportId" = c."id")`);
  }
  if (!check) {
    // The index alone decides: one ranked pass returns the page and, before LIMIT, how many matched.
    const rows = await raw.query<{ id: string; n: number | bigint }>(`${candidates.sql} ${rank.order} LIMIT ? OFFSET ?`, ...candidates.params, page.limit, page.offset);
    if (rows.length > 0 || page.offset === 0) return { ids: rows.map((r) => r.id), count: Number(rows[0]?.n ?? 0), unchecked: false };
    // A page past the last: how many there are, for the pager.
    const [counted] = await raw.query<{ n: number | bigint }>(`SELECT count(*) AS "n" FROM (${candidates.sql}) c`, ...candidates.params);
    return { ids: [], count: Number(counted?.n ?? 0), unchecked: false };
  }
  // The first checkLimit candidates in rank order, and one more to tell whether there were more.
  const { checkLimit } = page;
  const rows = await raw.query<{ id: string; holds: number | bigint }>(
    `SELECT c."id" AS "id", CASE WHEN ${check.sql} THEN 1 ELSE 0 END AS "holds" FROM (${candidates.sql} ${rank.order} LIMIT ?) c`,
    ...check.params,
    ...candidates.params,
    checkLimit + 1,
  );
  const found = rows.slice(0, checkLimit).filter((r) => Number(r.holds) === 1).map((r) => r.id);
  return { ids: found.slice(page.offset, page.offset + page.limit), count: found.length, unchecked: rows.length > checkLimit };
}

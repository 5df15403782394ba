import "server-only";
import type { Raw } from "@/lib/db/client";
import { queryGrams } from "@/lib/db/search-grams";
import { sqliteMatchingReportsSql, SQLITE_GRAMS } from "@/lib/db/search-paragraphs";
import { intArrayLiteral, queryUnitGrams } from "@/lib/db/search-unit-grams";
import { rankSql, scopeSql, textHoldsSql, type SearchScope } from "./scope";

/** An FTS5 string: one phrase, quotes doubled, so nothing in the query is read as FTS syntax. */
const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The ranked, paginated ids of the reports containing `query`, found through
 * the full-text index, and how many there are (exactly up to countCap + 1).
 * Its cost grows with the number of matches, so match-query.ts asks it
 * only when matches are few.
 *
 * SQLite: the trigram FTS5 table matches 3+ characters, the gram table 1–2,
 * both exactly and from the index alone. PostgreSQL: the int[] of code
 * units and their pairs of a run of paragraphs (search-paragraphs.ts)
 * matches up to two units exactly; a longer query is found through its
 * pairs, which a text may hold apart, so candidates are checked against the
 * report's text in rank order and only until the page is full (checking
 * the runs' texts, stored out of line, cost 120 ms for 10,000 reports).
 */
export async function matchFromIndex(
  raw: Raw,
  query: string,
  scope: SearchScope,
  page: { offset: number; limit: number; countCap: number },
): Promise<{ ids: string[]; count: number }> {
  const where = scopeSql(scope);
  const rank = rankSql(raw, query);

  // Candidates as SELECT … FROM … WHERE, ranked by `rank.order` for the page, unranked for the count.
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
    // Counted in the ranked pass only when the index decides alone; a checked query counts apart, up to the cap.
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
    if (rows.length > 0 || page.offset === 0) return { ids: rows.map((r) => r.id), count: Number(rows[0]?.n ?? 0) };
  }
  const filter = check ? `WHERE ${check.sql}` : "";
  const checkParams = check?.params ?? [];
  const [rows, counted] = await Promise.all([
    raw.query<{ id: string }>(
      // `OFFSET 0` keeps the text check out of the ranked subquery (PostgreSQL would push it down and
      // check every candidate), so it runs on ranked rows only until the page is full.
      `SELECT c."id" AS "id" FROM (${candidates.sql} ${rank.order}${raw.kind === "postgres" ? " OFFSET 0" : ""}) c ${filter} LIMIT ? OFFSET ?`,
      ...candidates.params,
      ...checkParams,
      page.limit,
      page.offset,
    ),
    raw.query<{ n: number | bigint }>(
      `SELECT count(*) AS "n" FROM (SELECT 1 FROM (${candidates.sql}) c ${filter} LIMIT ?) k`,
      ...candidates.params,
      ...checkParams,
      page.countCap + 1,
    ),
  ]);
  return { ids: rows.map((r) => r.id), count: Number(counted[0]?.n ?? 0) };
}

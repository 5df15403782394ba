import "server-only";
import type { Raw } from "@/lib/db/client";
import { foldText, queryGrams } from "@/lib/db/search-grams";
import { sqliteMatchingReportsSql, SQLITE_GRAMS } from "@/lib/db/search-paragraphs";
import { intArrayLiteral, queryUnitGrams } from "@/lib/db/search-unit-grams";
import { PARENT_READABLE_REPORT_SQL } from "@/lib/db/roll-up-table";

/** Which reports a search may return and in what order; the query's text is matched by the index. */
export interface SearchScope {
  organizationIds: readonly string[];
  year?: number;
  status?: string;
  /** The searcher's own organization: the other organizations' (its units') reports count only once the parent may read them. */
  ownOrganizationId?: string;
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

function scopeSql(scope: SearchScope): { sql: string; params: unknown[] } {
  const parts = [`r."organizationId" IN (${placeholders(scope.organizationIds.length)})`];
  const params: unknown[] = [...scope.organizationIds];
  if (scope.year !== undefined) {
    parts.push(`r."year" = ?`);
    params.push(scope.year);
  }
  if (scope.status !== undefined) {
    parts.push(`r."status" = ?`);
    params.push(scope.status);
  }
  if (scope.ownOrganizationId !== undefined) {
    parts.push(`(r."organizationId" = ? OR ${PARENT_READABLE_REPORT_SQL})`);
    params.push(scope.ownOrganizationId);
  }
  return { sql: parts.join(" AND "), params };
}

/** How many reports the scope holds: the page's "在N份报告中". */
export async function countInScope(raw: Raw, scope: SearchScope): Promise<number> {
  if (scope.organizationIds.length === 0) return 0;
  const where = scopeSql(scope);
  const rows = await raw.query<{ n: number | bigint }>(`SELECT count(*) AS "n" FROM "Report" r WHERE ${where.sql}`, ...where.params);
  return Number(rows[0]?.n ?? 0);
}

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

/** An FTS5 string: one phrase, quotes doubled, so nothing in the query is read as FTS syntax. */
const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The ranked, paginated ids of the reports containing `query`, and how many
 * there are up to `countCap`. Ranking: a report whose title holds the query
 * first, then the newest year, then the unit's name. Ranking by how often
 * the text holds the query would read the text of every match, which for a
 * province (every report mentions 行政复议) costs more than the page may.
 *
 * SQLite: the trigram FTS5 table matches 3+ characters, the gram table 1–2,
 * both exactly and from the index alone. PostgreSQL: the int[] of code
 * units and their pairs of a run of paragraphs (search-paragraphs.ts)
 * matches up to two units exactly; a longer query is found through its
 * pairs, which a text may hold apart, so candidates are checked against the
 * report's text in rank order and only until the page is full (checking
 * the runs' texts, stored out of line, cost 120 ms for 10,000 reports).
 */
export async function matchReports(
  raw: Raw,
  query: string,
  scope: SearchScope,
  page: { offset: number; limit: number; countCap: number },
): Promise<{ ids: string[]; count: number }> {
  if (scope.organizationIds.length === 0) return { ids: [], count: 0 };
  const folded = foldText(query);
  const where = scopeSql(scope);
  const from = `FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId"`;
  const order = `ORDER BY "inTitle" DESC, r."year" DESC, o."name", r."id"`;
  const inTitle = raw.kind === "sqlite" ? `(instr(lower(r."title"), ?) > 0)` : `(strpos(lower(r."title"), ?) > 0)`;

  // Candidates as SELECT … FROM … WHERE, ranked by `order` for the page, unranked for the count.
  let candidates: { sql: string; params: unknown[] };
  let check: { sql: string; params: unknown[] } | null = null;
  if (raw.kind === "sqlite") {
    const short = Array.from(query).length <= SQLITE_GRAMS;
    const index = short
      ? { table: "ReportGramFts" as const, match: phrase(queryGrams(query, SQLITE_GRAMS).tokens[0] ?? "") }
      : { table: "ReportTextFts" as const, match: phrase(query) };
    candidates = {
      sql: `SELECT r."id" AS "id", ${inTitle} AS "inTitle", count(*) OVER () AS "n" ${from} WHERE r."id" IN (${sqliteMatchingReportsSql(index.table)}) AND ${where.sql}`,
      params: [folded, index.match, ...where.params],
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
      sql: `SELECT r."id" AS "id", ${inTitle} AS "inTitle"${total} ${from} ${matched} WHERE ${grams.exact ? "" : `r."id" IN (${runs}) AND `}${where.sql}`,
      params: [folded, intArrayLiteral(grams.keys), ...where.params],
    };
    if (!grams.exact) {
      // Chinese has no case: only a query with letters pays for lower-casing the text.
      const cased = query.toLowerCase() !== query.toUpperCase();
      // The report's text is read for the ranked candidates checked, not joined to every candidate.
      const text = `(SELECT s."text" FROM "ReportSearch" s WHERE s."reportId" = c."id")`;
      check = { sql: `strpos(${cased ? `lower(${text})` : text}, ?) > 0`, params: [folded] };
    }
  }
  if (!check) {
    // The index alone decides: one ranked pass returns the page and, before LIMIT, how many matched.
    const rows = await raw.query<{ id: string; n: number | bigint }>(`${candidates.sql} ${order} LIMIT ? OFFSET ?`, ...candidates.params, page.limit, page.offset);
    if (rows.length > 0 || page.offset === 0) return { ids: rows.map((r) => r.id), count: Number(rows[0]?.n ?? 0) };
  }
  const filter = check ? `WHERE ${check.sql}` : "";
  const checkParams = check?.params ?? [];
  const [rows, counted] = await Promise.all([
    raw.query<{ id: string }>(
      // `OFFSET 0` keeps the text check out of the ranked subquery (PostgreSQL would push it down and
      // check every candidate), so it runs on ranked rows only until the page is full.
      `SELECT c."id" AS "id" FROM (${candidates.sql} ${order}${raw.kind === "postgres" ? " OFFSET 0" : ""}) c ${filter} LIMIT ? OFFSET ?`,
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

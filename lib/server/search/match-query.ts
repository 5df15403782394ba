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
 * The reports with a paragraph holding `query`, as SQL for `r."id" IN (…)`,
 * decided exactly (search-paragraphs.ts keeps the index by paragraph).
 * SQLite: the trigram FTS5 table matches 3+ characters, the gram table 1–2,
 * both from the index alone. PostgreSQL: the paragraph's int[] of code
 * units and their pairs matches up to two units from the index alone; a
 * longer query's pairs may stand apart in a paragraph, so the paragraphs
 * holding them all are checked against their (short) text.
 */
function matchingReports(kind: Raw["kind"], query: string, folded: string): { sql: string; params: unknown[] } {
  if (kind === "sqlite") {
    const short = Array.from(query).length <= SQLITE_GRAMS;
    return short
      ? { sql: sqliteMatchingReportsSql("ReportGramFts"), params: [phrase(queryGrams(query, SQLITE_GRAMS).tokens[0] ?? "")] }
      : { sql: sqliteMatchingReportsSql("ReportTextFts"), params: [phrase(query)] };
  }
  const grams = queryUnitGrams(query);
  const sql = `SELECT p."reportId" FROM "ReportParagraph" p WHERE p."grams" @> ?::int[]`;
  if (grams.exact) return { sql, params: [intArrayLiteral(grams.keys)] };
  // Chinese has no case: only a query with letters pays for lower-casing the text.
  const cased = query.toLowerCase() !== query.toUpperCase();
  return { sql: `${sql} AND strpos(${cased ? `lower(p."text")` : `p."text"`}, ?) > 0`, params: [intArrayLiteral(grams.keys), folded] };
}

/**
 * The ranked, paginated ids of the reports containing `query`, and how many
 * there are. Ranking: a report whose title holds the query first, then the
 * newest year, then the unit's name. Ranking by how often the text holds
 * the query would read the text of every match, which for a province (every
 * report mentions 行政复议) costs more than the page may.
 */
export async function matchReports(
  raw: Raw,
  query: string,
  scope: SearchScope,
  page: { offset: number; limit: number },
): Promise<{ ids: string[]; count: number }> {
  if (scope.organizationIds.length === 0) return { ids: [], count: 0 };
  const folded = foldText(query);
  const where = scopeSql(scope);
  const matching = matchingReports(raw.kind, query, folded);
  const inTitle = raw.kind === "sqlite" ? `(instr(lower(r."title"), ?) > 0)` : `(strpos(lower(r."title"), ?) > 0)`;
  const candidates = `FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId" WHERE r."id" IN (${matching.sql}) AND ${where.sql}`;
  const params = [...matching.params, ...where.params];
  // One ranked pass returns the page and, before LIMIT, how many matched.
  const rows = await raw.query<{ id: string; n: number | bigint }>(
    `SELECT r."id" AS "id", ${inTitle} AS "inTitle", count(*) OVER () AS "n" ${candidates} ORDER BY "inTitle" DESC, r."year" DESC, o."name", r."id" LIMIT ? OFFSET ?`,
    folded,
    ...params,
    page.limit,
    page.offset,
  );
  if (rows.length > 0 || page.offset === 0) return { ids: rows.map((r) => r.id), count: Number(rows[0]?.n ?? 0) };
  // A page past the last: still say how many there are.
  const [counted] = await raw.query<{ n: number | bigint }>(`SELECT count(*) AS "n" ${candidates}`, ...params);
  return { ids: [], count: Number(counted?.n ?? 0) };
}

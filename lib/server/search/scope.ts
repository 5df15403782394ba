import "server-only";
import type { Raw } from "@/lib/db/client";
import { PARENT_READABLE_REPORT_SQL } from "@/lib/db/roll-up-table";
import { foldText } from "@/lib/db/search-grams";

/** Which reports a search may return and in what order; the query's text is matched by the index. */
export interface SearchScope {
  organizationIds: readonly string[];
  year?: number;
  status?: string;
  /** The searcher's own organization: the other organizations' (its units') reports count only once the parent may read them. */
  ownOrganizationId?: string;
}

export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/** The WHERE condition on `r` ("Report") that keeps a report in scope. */
export function scopeSql(scope: SearchScope): { sql: string; params: unknown[] } {
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

/** Chinese has no case: only a query with letters pays for lower-casing what it is matched against. */
const hasCase = (query: string) => query.toLowerCase() !== query.toUpperCase();

/**
 * The order of the results: a report whose title holds the query first,
 * then the newest year, then the unit's name. Ranking by how often the
 * text holds the query would read the text of every match, which for a
 * province (every report mentions 行政复议) costs more than the page may.
 * `select` is the rank's column, `order` the ORDER BY over `r` and `o`
 * ("Organization") that uses it; `param` is the query, folded.
 */
export function rankSql(raw: Raw, query: string): { from: string; select: string; order: string; param: string } {
  const title = hasCase(query) ? `lower(r."title")` : `r."title"`;
  const inTitle = raw.kind === "sqlite" ? `(instr(${title}, ?) > 0)` : `(strpos(${title}, ?) > 0)`;
  return {
    from: `FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId"`,
    select: `${inTitle} AS "inTitle"`,
    order: `ORDER BY "inTitle" DESC, r."year" DESC, o."name", r."id"`,
    param: foldText(query),
  };
}

/**
 * Whether SQL matches the query as the index does: SQL's lower() folds
 * ASCII letters alone (SQLite's always, PostgreSQL's under some
 * collations), so a query whose only cased letters are ASCII.
 */
export const foldsInSql = (query: string) => Array.from(query).every((c) => c <= "\u007f" || c.toLowerCase() === c.toUpperCase());

/** A condition that `text` (an SQL expression) holds the query, and its parameter; exact where foldsInSql. */
export function textHoldsSql(raw: Raw, query: string, text: string): { sql: string; params: unknown[] } {
  const subject = hasCase(query) ? `lower(${text})` : text;
  const sql = raw.kind === "sqlite" ? `instr(${subject}, ?) > 0` : `strpos(${subject}, ?) > 0`;
  return { sql, params: [foldText(query)] };
}

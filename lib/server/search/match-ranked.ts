import "server-only";
import type { Raw } from "@/lib/db/client";
import { placeholders, rankSql, scopeSql, textHoldsSql, type SearchScope } from "./scope";

/** The ids of the first `limit` reports of the scope in rank order. */
export async function rankedInScope(raw: Raw, query: string, scope: SearchScope, limit: number): Promise<string[]> {
  const where = scopeSql(scope);
  const rank = rankSql(raw, query);
  const rows = await raw.query<{ id: string }>(
    `SELECT r."id" AS "id", ${rank.select} ${rank.from} WHERE ${where.sql} ${rank.order} LIMIT ?`,
    rank.param,
    ...where.params,
    limit,
  );
  return rows.map((r) => r.id);
}

/**
 * The reports of `ids` (in rank order) whose text holds `query`, read in
 * that order and only until `need` are found. Where matches are many (every
 * report of a province mentions 行政复议), the first reports in rank order
 * hold them, and checking a few hundred texts costs less than the index's
 * way, which grows with the number of matches. Unless `toTheEnd`, matches
 * so sparse that `ids` would not hold `need` at their rate so far are left
 * to the index after the first batch; `checkedAll` says every id was checked.
 */
export async function checkInRankOrder(
  raw: Raw,
  query: string,
  ids: readonly string[],
  need: number,
  toTheEnd: boolean,
): Promise<{ found: string[]; checkedAll: boolean }> {
  const holds = textHoldsSql(raw, query, `s."text"`);
  const found: string[] = [];
  // Checked in batches that double, so dense matches cost about `need` texts; each batch's matches are
  // kept in the batch's rank order.
  let start = 0;
  const promising = () => toTheEnd || found.length * ids.length >= need * start;
  for (let size = need; start < ids.length && found.length < need && promising(); start += size, size *= 2) {
    const batch = ids.slice(start, start + size);
    const rows = await raw.query<{ id: string }>(
      `SELECT s."reportId" AS "id" FROM "ReportSearch" s WHERE s."reportId" IN (${placeholders(batch.length)}) AND ${holds.sql}`,
      ...batch,
      ...holds.params,
    );
    const matched = new Set(rows.map((r) => r.id));
    found.push(...batch.filter((id) => matched.has(id)));
  }
  return { found, checkedAll: start >= ids.length };
}

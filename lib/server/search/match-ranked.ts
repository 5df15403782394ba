import "server-only";
import type { Raw } from "@/lib/db/client";
import { placeholders, rankSql, scopeSql, textHoldsSql, type SearchScope } from "./scope";

/**
 * The reports containing `query` among the first `budget` of the scope in
 * rank order, read in that order and only until `need` are found. Where
 * matches are many (every report of a province mentions 行政复议), the
 * first reports in rank order hold them, and checking a few hundred texts
 * costs less than the index's way, which grows with the number of matches.
 * `complete` says the whole scope was checked, so `found` is every match.
 */
export async function matchInRankOrder(
  raw: Raw,
  query: string,
  scope: SearchScope,
  need: number,
  budget: number,
): Promise<{ found: string[]; complete: boolean }> {
  const where = scopeSql(scope);
  const rank = rankSql(raw, query);
  const ranked = await raw.query<{ id: string }>(
    `SELECT r."id" AS "id", ${rank.select} ${rank.from} WHERE ${where.sql} ${rank.order} LIMIT ?`,
    rank.param,
    ...where.params,
    budget,
  );
  const ids = ranked.map((r) => r.id);
  const holds = textHoldsSql(raw, query, `s."text"`);
  const found: string[] = [];
  // Checked in batches that double, so dense matches cost about `need` texts; each batch's matches are
  // kept in the batch's rank order. Matches so sparse that the budget would not find `need` at their
  // rate so far are left to the index after the first batch, not checked to the end of the budget.
  let start = 0;
  for (let size = need; start < ids.length && found.length < need && found.length * budget >= need * start; start += size, size *= 2) {
    const batch = ids.slice(start, start + size);
    const rows = await raw.query<{ id: string }>(
      `SELECT s."reportId" AS "id" FROM "ReportSearch" s WHERE s."reportId" IN (${placeholders(batch.length)}) AND ${holds.sql}`,
      ...batch,
      ...holds.params,
    );
    const matched = new Set(rows.map((r) => r.id));
    found.push(...batch.filter((id) => matched.has(id)));
  }
  return { found, complete: ids.length < budget && start >= ids.length };
}

import type { Db } from "../lib/db/client";
import { KeyCache, writeDerivedMany } from "../lib/db/bulk-derive";
import { storedColumns } from "../lib/db/stored-report";
import { finalReportSchema, type Report } from "../lib/report/schema";
import laocheng2020 from "../lib/report/fixtures/laocheng-2020.json";

export const YEARS = 20;
const LAST_YEAR = 2020;
const STATUSES = ["draft", "submitted", "returned", "approved", "sent", "published"];
/** Units written per transaction: 100 reports. */
const UNITS_PER_BATCH = 5;

export const unitName = (u: number) => `洛阳市第${String(u + 1).padStart(5, "0")}区人民政府`;

/**
 * `units` districts under the demo city, each with YEARS years of the
 * Laocheng text under its own name: every report contains 行政复议 and 信访,
 * the worst case for search. Rows go in through the same derivation as every
 * save (storedColumns and the rows of writeDerived), in bulk: multi-row
 * inserts of UNITS_PER_BATCH units' years per transaction, index keys
 * computed once per distinct text. Revisions are left out, as no page timed
 * here reads them.
 */
export async function seedScale(db: Db, cityId: string, units: number, progress: (done: number) => void): Promise<string[]> {
  const base = finalReportSchema.parse(laocheng2020);
  const cache = new KeyCache(db.raw.kind);
  await db.organization.createMany({
    data: Array.from({ length: units }, (_, u) => ({ id: `bench_org_${u}`, name: unitName(u), shortName: `第${u + 1}区`, parentId: cityId })),
  });
  const unitIds = Array.from({ length: units }, (_, u) => `bench_org_${u}`);
  // A bulk load's PostgreSQL keys wait in GIN's pending list and go into the index in one pass at the
  // end; inserted one row at a time (the index's setting, right for saves) they took 4 times as long.
  if (db.raw.kind === "postgres") await db.raw.execute(`ALTER INDEX "ReportChunk_grams_idx" SET (fastupdate = on)`);
  for (let first = 0; first < units; first += UNITS_PER_BATCH) {
    const batch = unitIds.slice(first, first + UNITS_PER_BATCH).flatMap((organizationId, k) => {
      const u = first + k;
      const name = unitName(u);
      return Array.from({ length: YEARS }, (_, i) => {
        const year = LAST_YEAR - YEARS + 1 + i;
        const report: Report = { ...base, header: { ...base.header, year, organizationName: name, signatory: name, title: `${name}关于${year}年度法治政府建设工作情况的报告` } };
        return { id: `bench_${u}_${year}`, organizationId, year, report, status: year === LAST_YEAR ? (STATUSES[u % STATUSES.length] ?? "draft") : "published" };
      });
    });
    await db.transaction(async (tx) => {
      await tx.report.createMany({
        data: batch.map((r) => ({ id: r.id, organizationId: r.organizationId, year: r.year, status: r.status, content: JSON.stringify(r.report), ...storedColumns(r.report) })),
      });
      await writeDerivedMany(tx, batch, cache);
    }, { timeoutMs: 600_000 });
    progress(Math.min(units, first + UNITS_PER_BATCH) * YEARS);
  }
  if (db.raw.kind === "postgres") {
    await db.raw.query(`SELECT gin_clean_pending_list('"ReportChunk_grams_idx"')`);
    await db.raw.execute(`ALTER INDEX "ReportChunk_grams_idx" SET (fastupdate = off)`);
    await db.raw.execute(`ANALYZE`);
  }
  return unitIds;
}

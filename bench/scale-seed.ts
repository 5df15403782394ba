import type { Db } from "../lib/db/client";
import { writeDerived, storedColumns } from "../lib/db/stored-report";
import { finalReportSchema, type Report } from "../lib/report/schema";
import laocheng2020 from "../lib/report/fixtures/laocheng-2020.json";

export const YEARS = 20;
const LAST_YEAR = 2020;
const STATUSES = ["draft", "submitted", "returned", "approved", "sent", "published"];

/**
 * `units` districts under the demo city, each with YEARS years of the
 * Laocheng text under its own name: every report contains 行政复议 and 信访,
 * the worst case for search. Rows go in through the same derivation as every
 * save (storedColumns, writeDerived), in transactions of one unit's years;
 * revisions are left out, as no page timed here reads them.
 */
export async function seedScale(db: Db, cityId: string, units: number, progress: (done: number) => void): Promise<string[]> {
  const base = finalReportSchema.parse(laocheng2020);
  const unitIds: string[] = [];
  for (let u = 0; u < units; u++) {
    const name = `洛阳市第${String(u + 1).padStart(4, "0")}区人民政府`;
    const org = await db.organization.create({ data: { name, shortName: `第${u + 1}区`, parentId: cityId } });
    unitIds.push(org.id);
    const reports = Array.from({ length: YEARS }, (_, i) => {
      const year = LAST_YEAR - YEARS + 1 + i;
      const report: Report = { ...base, header: { ...base.header, year, organizationName: name, signatory: name, title: `${name}关于${year}年度法治政府建设工作情况的报告` } };
      return { id: `bench_${u}_${year}`, year, report, status: year === LAST_YEAR ? (STATUSES[u % STATUSES.length] ?? "draft") : "published" };
    });
    await db.transaction(async (tx) => {
      await tx.report.createMany({
        data: reports.map((r) => ({ id: r.id, organizationId: org.id, year: r.year, status: r.status, content: JSON.stringify(r.report), ...storedColumns(r.report) })),
      });
      for (const r of reports) await writeDerived(tx, r.id, r.report);
    });
    progress((u + 1) * YEARS);
  }
  return unitIds;
}

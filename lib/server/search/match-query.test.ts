import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { getReport } from "@/lib/server/reports/get-report";
import { KeyCache, writeDerivedMany } from "@/lib/db/bulk-derive";
import { storedColumns } from "@/lib/db/stored-report";
import { searchDocument } from "@/lib/db/search-places";
import { matchReports } from "./match-query";

describeEachDatabase("matching reports in rank order or through the index", (get) => {
  it("finds the same page and count whichever way it reads, and that is every report holding the query, newest first", async () => {
    const { db } = get();
    const { districtId, reportId } = await seedDemo(db);
    const laocheng = (await getReport(db, reportId))!.report;
    // 30 earlier years: every third preamble holds 琉璃瓦修缮, every fifth "Glass ABC"; 1991's title holds 琉璃瓦 and GLASS ABC.
    const reports = Array.from({ length: 30 }, (_, i) => {
      const year = 1990 + i;
      const preamble = [year % 3 === 0 && "完成琉璃瓦修缮。", year % 5 === 0 && "采购Glass ABC。", `${year}年度。`].filter(Boolean).join("");
      const title = year === 1991 ? `关于琉璃瓦和GLASS ABC的${year}年度报告` : laocheng.header.title;
      return { id: `rank_${year}`, report: { ...laocheng, header: { ...laocheng.header, year, title }, preamble } };
    });
    await db.transaction(async (tx) => {
      await tx.report.createMany({
        data: reports.map((r) => ({ id: r.id, organizationId: districtId, year: r.report.header.year, content: JSON.stringify(r.report), ...storedColumns(r.report) })),
      });
      await writeDerivedMany(tx, reports, new KeyCache(tx.raw.kind));
    });
    const all = [{ id: reportId, report: laocheng }, ...reports];
    const scope = { organizationIds: [districtId] };
    const holds = (text: string, query: string) => text.toLowerCase().includes(query.toLowerCase());
    const expected = (query: string) =>
      all
        .filter((r) => holds(searchDocument(r.report).text, query))
        .sort((a, b) => Number(holds(b.report.header.title, query)) - Number(holds(a.report.header.title, query)) || (b.report.header.year ?? 0) - (a.report.header.year ?? 0))
        .map((r) => r.id);

    for (const query of ["琉璃瓦修缮", "琉璃瓦", "glass abc", "信访", "瓦", "量子纠缠态"]) {
      const holding = expected(query);
      for (const countCap of [4, 1000]) {
        for (const offset of [0, 5, 10, 35]) {
          const page = { offset, limit: 5, countCap };
          const want = { ids: holding.slice(offset, offset + 5), count: Math.min(holding.length, countCap + 1), unchecked: false };
          // probe 0: the index alone; 3: too few checked, the index decides; 12: decides when matches are dense; 100: the whole scope.
          for (const probe of [0, 3, 12, 100]) {
            expect({ query, countCap, offset, probe, ...(await matchReports(db.raw, query, scope, { ...page, probe })) }).toEqual({ query, countCap, offset, probe, ...want });
          }
        }
      }
    }
    // Only the first 3 of the index's candidates checked: on PostgreSQL, where it checks them, the page says so.
    const few = await matchReports(db.raw, "琉璃瓦修缮", scope, { offset: 0, limit: 5, countCap: 1000, probe: 0, checkLimit: 3 });
    const checksText = db.raw.kind === "postgres";
    expect(few).toEqual(
      checksText ? { ids: expected("琉璃瓦修缮").slice(0, 3), count: 3, unchecked: true } : { ids: expected("琉璃瓦修缮").slice(0, 5), count: 10, unchecked: false },
    );
    // The same limit where the index would give more candidates than that: the first 3 reports in rank order
    // (2020, 2019, 2018) are checked instead, of which 2019 holds the query.
    const ranked = await matchReports(db.raw, "琉璃瓦修缮", scope, { offset: 0, limit: 5, countCap: 1000, probe: 2, checkLimit: 3 });
    expect(ranked).toEqual(
      checksText ? { ids: expected("琉璃瓦修缮").slice(0, 1), count: 1, unchecked: true } : { ids: expected("琉璃瓦修缮").slice(0, 5), count: 10, unchecked: false },
    );
    expect(expected("琉璃瓦修缮").length).toBe(10);
    expect(expected("glass abc").slice(0, 2)).toEqual(["rank_1991", "rank_2015"]);
    expect(expected("信访").length).toBe(31);
  });
});

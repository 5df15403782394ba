import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { deriveStoredRows } from "@/lib/db/derive-stored";
import { KeyCache, writeDerivedMany } from "@/lib/db/bulk-derive";
import { figureRows, searchText, storedColumns } from "@/lib/db/stored-report";
import { searchDocument } from "@/lib/db/search-places";
import { indexedTextIdsOf, storedIndexRows } from "@/lib/db/search-paragraphs";
import { searchReports } from "@/lib/server/search/search-reports";
import { createImportedReport } from "@/lib/server/years/create-imported-report";
import { startNextYear } from "@/lib/server/years/start-next-year";
import { readContent } from "./content";
import { getReport } from "./get-report";
import { restoreRevision } from "./restore-revision";
import { saveReport } from "./save-report";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** What a list, the roll-up and search read agrees with what the content says, and search finds the phrase. */
async function expectInStep(db: Db, reportId: string, phrase: string) {
  const row = await db.report.findUniqueOrThrow({ where: { id: reportId }, include: { figureRows: true, search: true } });
  const { report } = readContent(row.content);
  expect(row).toMatchObject(storedColumns(report));
  const sorted = <T extends { figureId: string }>(rows: T[]) => [...rows].sort((a, b) => a.figureId.localeCompare(b.figureId));
  expect(sorted(row.figureRows.map(({ figureId, value, exact }) => ({ figureId, value, exact })))).toEqual(sorted(figureRows(report)));
  expect(row.search?.text).toBe(searchText(report));
  expect(row.search?.places).toBe(JSON.stringify(searchDocument(report).places));
  // The index holds the text's paragraphs (runs of them on PostgreSQL), no more and no fewer.
  const indexed = await storedIndexRows(db, reportId);
  expect(indexed.map((p) => p.textId).sort()).toEqual(indexedTextIdsOf(db.raw.kind, searchText(report)).sort());
  // The city searches its districts' drafts here: the districts open them to it (by default a parent reads from 已报送 on).
  await db.organization.updateMany({ data: { parentReadsDrafts: true } });
  const found = await searchReports(db, await actor(db, "city"), phrase);
  expect(found.status === "ok" && found.reports.map((r) => r.reportId)).toContain(reportId);
}

describeEachDatabase("list columns, figure rows and search index in step with the content", (get) => {
  it("after the seed, a save and a restore: the old words are no longer found, the new ones are", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    await expectInStep(db, reportId, "信访");
    const reviewer = await actor(db, "reviewer");
    const base = (await getReport(db, reportId))!;
    const figures = { ...base.report.figures, petitions: { ...base.report.figures.petitions, registeredByCity: "300余" } };
    const saved = await saveReport(db, reviewer, { reportId, baseVersion: base.version, content: { ...base.report, figures, preamble: "改写后的导语提到矛盾调处。" } });
    expect(saved).toMatchObject({ ok: true });
    await expectInStep(db, reportId, "矛盾调处");
    expect(await db.reportFigure.findUnique({ where: { reportId_figureId: { reportId, figureId: "petitions.registeredByCity" } } })).toMatchObject({ value: "300余", exact: null });
    const restored = await restoreRevision(db, reviewer, { reportId, version: 1, baseVersion: base.version + 1 });
    expect(restored).toMatchObject({ ok: true });
    await expectInStep(db, reportId, "信访");
    const gone = await searchReports(db, reviewer, "矛盾调处");
    expect(gone.status === "ok" && gone.reports).toEqual([]);
  });

  it("after an import and after starting the next year", async () => {
    const { db } = get();
    const { reportId, districtId } = await seedDemo(db);
    const drafter = await actor(db, "drafter");
    const laocheng = (await getReport(db, reportId))!.report;
    const imported = await createImportedReport(db, drafter, { organizationId: districtId, year: 2016, content: { ...laocheng, preamble: "导入的报告写到复议。" }, source: "x.txt" });
    if (!imported.ok) throw new Error(imported.message);
    await expectInStep(db, imported.reportId, "导入的报告");
    const next = await startNextYear(db, drafter, { organizationId: districtId, fromYear: 2016, carryTexts: true });
    if (!next.ok) throw new Error(next.message);
    await expectInStep(db, next.reportId, "导入的报告");
  });

  it("after the migration of an existing database: rows written before the columns existed are derived by db:migrate", async () => {
    const { db } = get();
    const { districtId, reportId } = await seedDemo(db);
    const content = (await db.report.findUniqueOrThrow({ where: { id: reportId } })).content;
    // A row as the app wrote it before this migration: content only, nothing derived.
    const old = await db.report.create({ data: { organizationId: districtId, year: 2015, content, updatedAt: new Date("2016-03-01T08:00:00Z") } });
    expect(old).toMatchObject({ title: "", characters: 0, summaryVersion: 0 });
    expect(await deriveStoredRows(db)).toBeGreaterThanOrEqual(1);
    await expectInStep(db, old.id, "信访");
    // Deriving is not an edit: 最后修改 keeps its time.
    expect((await db.report.findUniqueOrThrow({ where: { id: old.id } })).updatedAt.toISOString()).toBe("2016-03-01T08:00:00.000Z");
    expect(await deriveStoredRows(db)).toBe(0);
  });

  it("after a bulk load (the scale benchmark's seed): the same rows as a save, found by 2-, 3- and longer queries", async () => {
    const { db } = get();
    const { districtId, otherDistrictId, reportId } = await seedDemo(db);
    const laocheng = (await getReport(db, reportId))!.report;
    const reports = [2012, 2013].map((year) => ({
      id: `bulk_${year}`,
      report: { ...laocheng, header: { ...laocheng.header, year }, preamble: `${year}年批量载入的导语。` },
    }));
    await db.transaction(async (tx) => {
      await tx.report.createMany({
        data: reports.map((r, i) => ({ id: r.id, organizationId: i === 0 ? districtId : otherDistrictId, year: r.report.header.year, content: JSON.stringify(r.report), ...storedColumns(r.report) })),
      });
      await writeDerivedMany(tx, reports, new KeyCache(tx.raw.kind));
    });
    for (const r of reports) {
      await expectInStep(db, r.id, "信访");
      await expectInStep(db, r.id, "批量载入");
      await expectInStep(db, r.id, `${r.report.header.year}年批量载入的导语`);
    }
    // A later save of a bulk-loaded report replaces its index entries: the old words are gone.
    const saved = await saveReport(db, await actor(db, "reviewer"), { reportId: "bulk_2012", baseVersion: 1, content: { ...reports[0]!.report, preamble: "保存后的导语。" } });
    expect(saved).toMatchObject({ ok: true });
    const gone = await searchReports(db, await actor(db, "city"), "批量载入");
    expect(gone.status === "ok" && gone.reports.map((r) => r.reportId)).toEqual(["bulk_2013"]);
  });
});

import { describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { parseReport } from "@/lib/report/parse";
import { createReport } from "./create-report";
import { getReport } from "./get-report";
import { listReports } from "./list-reports";
import { saveReport } from "./save-report";

const districtIdOf = (seeded: { districtId: string }) => seeded.districtId;

describeEachDatabase("report storage", (get) => {
  it("loads the demo: 老城区 under 洛阳市 with its 2020 report, final-valid", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    await seedDemo(db); // idempotent
    const orgs = await listReports(db, [districtIdOf(await seedDemo(db))]);
    const district = orgs.find((o) => o.name === "洛阳市老城区人民政府");
    expect(district?.parentName).toBe("洛阳市人民政府");
    expect(district?.reports.map((r) => [r.year, r.title])).toEqual([[2020, "洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告"]]);
    const stored = await getReport(db, reportId);
    expect(stored && parseReport(stored.report, "final").ok).toBe(true);
  });

  it("creates a new year's report with the skeleton and the parent as addressee, once per year", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const first = await createReport(db, null, { organizationId: districtId, year: 2021 });
    if (!first.ok) throw new Error(first.message);
    const again = await createReport(db, null, { organizationId: districtId, year: 2021 });
    expect(again).toEqual({ ok: false, status: "exists", message: "2021年度的报告已经存在", reportId: first.reportId });
    const stored = await getReport(db, first.reportId);
    expect(stored?.report.header.addressee).toBe("洛阳市人民政府");
    expect(stored?.report.header.title).toBe("洛阳市老城区人民政府关于2021年度法治政府建设工作情况的报告");
    expect(stored?.version).toBe(1);
    expect(await createReport(db, null, { organizationId: districtId, year: 1999 })).toMatchObject({ ok: false, status: "invalid" });
  });

  it("saves with a version: a revision per save, and a stale save is refused without overwriting", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const created = await createReport(db, null, { organizationId: districtId, year: 2022 });
    if (!created.ok) throw new Error("not created");
    const reportId = created.reportId;
    const base = await getReport(db, reportId);
    if (!base) throw new Error("missing");

    const mine = { ...base.report, preamble: "甲写的导语" };
    const saved = await saveReport(db, null, { reportId, baseVersion: 1, content: mine });
    expect(saved).toMatchObject({ ok: true, version: 2 });

    const theirs = { ...base.report, preamble: "乙写的导语" };
    const stale = await saveReport(db, null, { reportId, baseVersion: 1, content: theirs });
    expect(stale).toMatchObject({ ok: false, status: "conflict", version: 2, report: { preamble: "甲写的导语" } });
    expect((await getReport(db, reportId))?.report.preamble).toBe("甲写的导语");

    const revisions = await db.revision.findMany({ where: { reportId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const created = await createReport(db, null, { organizationId: districtId, year: 2023 });
    if (!created.ok) throw new Error("not created");
    const { reportId } = created;
    const results = await Promise.all(
      ["甲", "乙"].map((who) => saveReport(db, null, { reportId, baseVersion: 1, content: { preamble: who } })),
    );
    expect(results.map((r) => (r.ok ? "saved" : r.status)).sort()).toEqual(["conflict", "saved"]);
    expect(await db.revision.count({ where: { reportId } })).toBe(2);
  });

  it("refuses malformed content with its issues and writes nothing", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const before = await getReport(db, reportId);
    const result = await saveReport(db, null, { reportId, baseVersion: before?.version ?? 0, content: { figures: { petitions: { letters: { $gt: 1 } } } } });
    expect(result).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "figures.petitions.letters" }] });
    expect((await getReport(db, reportId))?.version).toBe(before?.version);
  });

  it("saves a draft whatever a person typed in it: a negative count, a rate of 101, 约30, a 30,000-character paragraph", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const before = await getReport(db, reportId);
    if (!before) throw new Error("missing");
    const typed = structuredClone(before.report);
    typed.figures.petitions.letters = -5;
    typed.figures.petitions.satisfactionRate = 101;
    typed.figures.enforcement.trainings = "约30";
    typed.preamble = "字".repeat(30_000);
    const result = await saveReport(db, null, { reportId, baseVersion: before.version, content: typed });
    expect(result).toMatchObject({ ok: true, version: before.version + 1 });
    expect((await getReport(db, reportId))?.report).toEqual(typed);
  });

  it("keeps one report per organization and year in the database itself", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    await expect(db.report.create({ data: { organizationId: districtId, year: 2020, content: "{}" } })).rejects.toThrow();
  });
});

describe("a save for a report that does not exist", () => {
  it("is reported as missing", async () => {
    const { sqliteTestDatabase } = await import("@/tests/support/test-db");
    const t = await sqliteTestDatabase();
    try {
      expect(await saveReport(t.db, null, { reportId: "nope", baseVersion: 1, content: {} })).toMatchObject({ ok: false, status: "missing" });
    } finally {
      await t.drop();
    }
  });
});

import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { createReport } from "./create-report";
import { getReport } from "./get-report";
import { getRevision } from "./get-revision";
import { listRevisions } from "./list-revisions";
import { restoreRevision } from "./restore-revision";
import { saveReport } from "./save-report";

describeEachDatabase("revisions", (get) => {
  async function reportWithThreeVersions(year: number) {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const created = await createReport(db, null, { organizationId: districtId, year });
    if (!created.ok) throw new Error("not created");
    const { reportId } = created;
    const base = await getReport(db, reportId);
    if (!base) throw new Error("missing");
    await saveReport(db, null, { reportId, baseVersion: 1, content: { ...base.report, preamble: "第一稿导语" } });
    await saveReport(db, null, { reportId, baseVersion: 2, content: { ...base.report, preamble: "第二稿导语，𠮷䶮😀<b>粗</b>".repeat(3) } });
    return reportId;
  }

  it("lists every save newest first, with its time and size", async () => {
    const { db } = get();
    const reportId = await reportWithThreeVersions(2030);
    const list = await listRevisions(db, reportId);
    expect(list.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(list.every((r) => !Number.isNaN(Date.parse(r.createdAt)) && r.size > 0)).toBe(true);
    expect(list[0]!.size).toBeGreaterThan(list[1]!.size);
    expect(await listRevisions(db, "no-such-report")).toEqual([]);
  });

  it("reads one revision's content back, rare characters intact", async () => {
    const { db } = get();
    const reportId = await reportWithThreeVersions(2031);
    expect(await getRevision(db, { reportId, version: 2 })).toMatchObject({ ok: true, report: { preamble: "第一稿导语" } });
    expect(await getRevision(db, { reportId, version: 3 })).toMatchObject({ ok: true, report: { preamble: "第二稿导语，𠮷䶮😀<b>粗</b>".repeat(3) } });
    expect(await getRevision(db, { reportId, version: 9 })).toEqual({ ok: false, status: "missing", message: "版本 9 不存在" });
  });

  it("restores an old revision as a new save, keeping every version in between", async () => {
    const { db } = get();
    const reportId = await reportWithThreeVersions(2032);
    const restored = await restoreRevision(db, null, { reportId, version: 2, baseVersion: 3 });
    expect(restored).toMatchObject({ ok: true, version: 4 });
    expect((await getReport(db, reportId))?.report.preamble).toBe("第一稿导语");
    expect((await listRevisions(db, reportId)).map((r) => r.version)).toEqual([4, 3, 2, 1]);
    expect(await getRevision(db, { reportId, version: 3 })).toMatchObject({ report: { preamble: expect.stringContaining("第二稿导语") } });
  });

  it("refuses a restore from a stale version and a revision that does not exist", async () => {
    const { db } = get();
    const reportId = await reportWithThreeVersions(2033);
    const stale = await restoreRevision(db, null, { reportId, version: 1, baseVersion: 2 });
    expect(stale).toMatchObject({ ok: false, status: "conflict", version: 3 });
    expect((await getReport(db, reportId))?.version).toBe(3);
    expect(await restoreRevision(db, null, { reportId, version: 7, baseVersion: 3 })).toMatchObject({ ok: false, status: "missing" });
  });
});

import { expect, it } from "vitest";
import { partOf } from "@/lib/report/test-parts";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { FIGURE_ENTRIES, figureValue } from "@/lib/report/figures";
import { importReportText } from "@/lib/import";
import { getReport } from "@/lib/server/reports/get-report";
import { createImportedReport } from "./create-imported-report";
import { previousYearFigures } from "./previous-year-figures";
import { startNextYear } from "./start-next-year";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

const counts = async (db: Db) => ({ reports: await db.report.count(), revisions: await db.revision.count() });

describeEachDatabase("years: next year, import, last year's figures", (get) => {
  it("starts 2021 from 2020 with the texts: outline kept, texts marked, no figure of 2020, one revision", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const result = await startNextYear(db, await actor(db, "drafter"), { organizationId: districtId, fromYear: 2020, carryTexts: true });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.year).toBe(2021);
    const stored = await getReport(db, result.reportId);
    expect(stored).toMatchObject({ year: 2021, version: 1, status: "draft", storageIssues: [] });
    const report = stored!.report;
    expect(report.header).toMatchObject({ year: 2021, title: "洛阳市老城区人民政府关于2021年度法治政府建设工作情况的报告", date: "", addressee: "洛阳市人民政府" });
    expect(partOf(report, "measures", 2).items[7]?.heading).toBe("强化行政复议及行政应诉工作");
    expect(report.carriedOver).toContain("parts.2.items.7.body");
    expect(partOf(report, "measures", 2).items[7]?.body).toContain("{{reconsiderationLitigation.lawsuits}}");
    expect(FIGURE_ENTRIES.every((e) => figureValue(report.figures, e.id) === null)).toBe(true);
    expect(await db.revision.count({ where: { reportId: result.reportId } })).toBe(1);
    const event = await db.auditEvent.findFirst({ where: { action: "create_report", reportId: result.reportId } });
    expect(event?.detail).toContain("从2020年度报告开始");
  });

  it("refuses a year that exists, a year with nothing to carry and another office's organization, writing nothing", async () => {
    const { db } = get();
    const { districtId, otherDistrictId } = await seedDemo(db);
    const drafter = await actor(db, "drafter");
    // 2021 exists when the first test ran before this one; make sure either way.
    await startNextYear(db, drafter, { organizationId: districtId, fromYear: 2020, carryTexts: false });
    const mid = await counts(db);
    const again = await startNextYear(db, drafter, { organizationId: districtId, fromYear: 2020, carryTexts: false });
    expect(again).toMatchObject({ status: "exists", message: "2021年度的报告已经存在，不能再次新建" });
    expect(await startNextYear(db, drafter, { organizationId: districtId, fromYear: 2015, carryTexts: false })).toEqual({
      ok: false,
      status: "missing",
      message: "本单位没有2015年度的报告，无法沿用",
    });
    expect(await startNextYear(db, await actor(db, "xigong"), { organizationId: districtId, fromYear: 2021, carryTexts: true })).toMatchObject({ status: "forbidden" });
    expect(await startNextYear(db, await actor(db, "city"), { organizationId: districtId, fromYear: 2021, carryTexts: true })).toMatchObject({ status: "forbidden" });
    expect(await startNextYear(db, drafter, { organizationId: otherDistrictId, fromYear: 2020, carryTexts: true })).toMatchObject({ status: "forbidden" });
    expect(await counts(db)).toEqual(mid);
  });

  it("lets exactly one of two simultaneous starts of the same year through", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const drafter = await actor(db, "drafter");
    const first = await startNextYear(db, drafter, { organizationId: districtId, fromYear: 2020, carryTexts: false });
    expect(first.ok || first.status === "exists").toBe(true);
    const both = await Promise.all([1, 2].map(() => startNextYear(db, drafter, { organizationId: districtId, fromYear: 2021, carryTexts: true })));
    expect(both.map((r) => (r.ok ? "created" : r.status)).sort()).toEqual(["created", "exists"]);
    const rows = await db.report.findMany({ where: { organizationId: districtId, year: 2022 }, include: { revisions: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revisions).toHaveLength(1);
  });

  it("creates an imported report with its first revision, year forced to the chosen one", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const imported = importReportText("一、主要工作\n（一）依法化解信访矛盾。共接收行政诉讼案件60起。\n特此报告。", { year: 2018 });
    if (!imported.ok) throw new Error(imported.message);
    const result = await createImportedReport(db, await actor(db, "drafter"), {
      organizationId: districtId,
      year: 2017,
      content: imported.report,
      source: "粘贴的文本",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = await getReport(db, result.reportId);
    expect(stored?.year).toBe(2017);
    expect(stored?.report.header).toMatchObject({ year: 2017, organizationName: "洛阳市老城区人民政府", signatory: "洛阳市老城区人民政府" });
    expect(stored?.report.header.title).toBe("洛阳市老城区人民政府关于2017年度法治政府建设工作情况的报告");
    expect(stored && partOf(stored.report, "measures").items[0]?.body).toContain("60起");
    expect(await db.revision.count({ where: { reportId: result.reportId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "import", reportId: result.reportId } })).toBe(1);
  });

  it("refuses to import into a year that has a report, and content that is not a draft, writing nothing", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    const drafter = await actor(db, "drafter");
    const before = await counts(db);
    const seeded = await db.report.findUniqueOrThrow({ where: { organizationId_year: { organizationId: districtId, year: 2020 } } });
    const exists = await createImportedReport(db, drafter, { organizationId: districtId, year: 2020, content: {}, source: "x.txt" });
    expect(exists).toEqual({ ok: false, status: "exists", reportId: seeded.id, message: "2020年度的报告已经存在，导入没有写入任何内容" });
    const forged = await createImportedReport(db, drafter, {
      organizationId: districtId,
      year: 2016,
      content: { figures: { petitions: { letters: -1 } }, injected: "<script>" },
      source: "x.txt",
    });
    expect(forged).toMatchObject({ status: "invalid", message: "导入的内容无法保存为报告草稿" });
    expect(await createImportedReport(db, await actor(db, "xigong"), { organizationId: districtId, year: 2016, content: {}, source: "x.txt" })).toMatchObject({
      status: "forbidden",
    });
    expect(await createImportedReport(db, drafter, { organizationId: districtId, year: 1999, content: {}, source: "x.txt" })).toMatchObject({ status: "invalid" });
    expect(await counts(db)).toEqual(before);
    const unchanged = await db.report.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(unchanged.content).toBe(seeded.content);
  });

  it("gives last year's figures of the same organization, or null", async () => {
    const { db } = get();
    const { districtId, reportId } = await seedDemo(db);
    const drafter = await actor(db, "drafter");
    await startNextYear(db, drafter, { organizationId: districtId, fromYear: 2020, carryTexts: false });
    const next = await db.report.findUniqueOrThrow({ where: { organizationId_year: { organizationId: districtId, year: 2021 } } });
    const previous = await previousYearFigures(db, next.id);
    expect(previous).toMatchObject({ year: 2020, reportId });
    expect(previous && figureValue(previous.figures, "reconsiderationLitigation.lawsuits")).toBe(77);
    expect(previous && figureValue(previous.figures, "petitions.satisfactionRate")).toBe(97.44);
    expect(await previousYearFigures(db, reportId)).toBeNull();
    expect(await previousYearFigures(db, "no-such-report")).toBeNull();
  });
});

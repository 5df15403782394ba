import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { readContent, writeContent } from "@/lib/server/reports/content";
import { chinaDay } from "@/lib/publication/china-date";
import { transitionReport } from "./transition-report";

/*
 * 公开发布 records the 发布日期 entered and gives the report its 索引号
 * (统一社会信用代码/年份-流水号) when none was entered. Each case puts a
 * report in 已报送 with the publication details it needs.
 */

async function reviewer(db: Db): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username: "reviewer" } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** A 已报送 report of the district for `year`, its publication details as given (the rest from the Laocheng report). */
async function sentReport(db: Db, year: number, publication: { indexNumber: string; disclosure: string; publishedOn: string }) {
  const { reportId, districtId } = await seedDemo(db);
  const base = readContent((await db.report.findUniqueOrThrow({ where: { id: reportId } })).content).report;
  const content = writeContent({ ...base, header: { ...base.header, year, publication } });
  await db.report.deleteMany({ where: { organizationId: districtId, year } });
  const row = await db.report.create({ data: { organizationId: districtId, year, status: "sent", content, revisions: { create: { version: 1, content } } } });
  return row.id;
}

const publicationOf = async (db: Db, reportId: string) => {
  const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  return { status: row.status, version: row.version, publishedAt: row.publishedAt, ...readContent(row.content).report.header.publication };
};

describeEachDatabase("公开发布: 索引号 and 发布日期", (get) => {
  it("numbers the district's publications of a year 00001, 00002 from its credit code, dated as entered", async () => {
    const { db } = get();
    const first = await sentReport(db, 2030, { indexNumber: "", disclosure: "主动公开", publishedOn: "2031-03-20" });
    const second = await sentReport(db, 2029, { indexNumber: "", disclosure: "主动公开", publishedOn: "2031-03-28" });
    const actor = await reviewer(db);

    expect(await transitionReport(db, actor, { reportId: first, transition: "publish" })).toEqual({ ok: true, newStatus: "published" });
    expect(await transitionReport(db, actor, { reportId: second, transition: "publish" })).toEqual({ ok: true, newStatus: "published" });

    expect(await publicationOf(db, first)).toMatchObject({
      status: "published",
      indexNumber: "11410302MB12345674/2031-00001",
      publishedOn: "2031-03-20",
      // Midnight of 2031-03-20 in Beijing, not the moment of the click.
      publishedAt: new Date("2031-03-19T16:00:00Z"),
      version: 2,
    });
    expect(await publicationOf(db, second)).toMatchObject({ indexNumber: "11410302MB12345674/2031-00002", publishedOn: "2031-03-28" });
    // The 索引号 is part of the text: the publishing step is a revision, by the reviewer, and in the log.
    const revision = await db.revision.findFirstOrThrow({ where: { reportId: first, version: 2 } });
    expect(revision.authorId).toBe(actor.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { reportId: first, action: "publish" } });
    expect(event.detail).toBe("索引号 11410302MB12345674/2031-00001，发布日期 2031-03-20");
  });

  it("keeps a 索引号 entered in 基本信息, and the one given when the report is published again after reopening", async () => {
    const { db } = get();
    const actor = await reviewer(db);
    const typed = await sentReport(db, 2027, { indexNumber: "C001-0014-2028-0009", disclosure: "依申请公开", publishedOn: "2028-02-01" });
    expect(await transitionReport(db, actor, { reportId: typed, transition: "publish" })).toMatchObject({ ok: true });
    expect(await publicationOf(db, typed)).toMatchObject({ indexNumber: "C001-0014-2028-0009", disclosure: "依申请公开", version: 1 });

    const generated = await sentReport(db, 2026, { indexNumber: "", disclosure: "主动公开", publishedOn: "2027-02-01" });
    await transitionReport(db, actor, { reportId: generated, transition: "publish" });
    const given = (await publicationOf(db, generated)).indexNumber;
    expect(given).toBe("11410302MB12345674/2027-00001");
    await transitionReport(db, actor, { reportId: generated, transition: "reopen", text: "补充数据后重新公开" });
    await db.report.update({ where: { id: generated }, data: { status: "sent" } });
    await transitionReport(db, actor, { reportId: generated, transition: "publish" });
    expect((await publicationOf(db, generated)).indexNumber).toBe(given);
  });

  it("records the day of the click in China time when no 发布日期 was entered", async () => {
    const { db } = get();
    const reportId = await sentReport(db, 2025, { indexNumber: "", disclosure: "主动公开", publishedOn: "" });
    await transitionReport(db, await reviewer(db), { reportId, transition: "publish" });
    const today = chinaDay(new Date());
    expect(await publicationOf(db, reportId)).toMatchObject({ publishedOn: today, indexNumber: `11410302MB12345674/${today.slice(0, 4)}-00001` });
  });

  it("refuses 不予公开, and a 索引号 it cannot make without a credit code, leaving the report 已报送 and no serial used", async () => {
    const { db } = get();
    const actor = await reviewer(db);
    const secret = await sentReport(db, 2024, { indexNumber: "", disclosure: "不予公开", publishedOn: "2035-03-01" });
    expect(await transitionReport(db, actor, { reportId: secret, transition: "publish" })).toEqual({
      ok: false,
      status: "invalid",
      message: "报告还不能公开发布",
      issues: [{ path: "header.publication.disclosure", message: "公开方式为不予公开的报告不能公开发布" }],
    });

    const noCode = await sentReport(db, 2023, { indexNumber: "", disclosure: "主动公开", publishedOn: "2035-03-01" });
    const { districtId } = await seedDemo(db);
    await db.organization.update({ where: { id: districtId }, data: { creditCode: null } });
    const refused = await transitionReport(db, actor, { reportId: noCode, transition: "publish" });
    expect(refused).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "header.publication.indexNumber" }] });
    expect(refused.ok ? "" : refused.issues?.[0]?.message).toMatch(/统一社会信用代码/);

    for (const id of [secret, noCode]) expect(await publicationOf(db, id)).toMatchObject({ status: "sent", publishedAt: null, indexNumber: "", version: 1 });
    expect(await db.publicationSerial.findMany({ where: { year: 2035 } })).toEqual([]);
  });
});

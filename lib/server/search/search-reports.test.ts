import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { createReport } from "@/lib/server/reports/create-report";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { KeyCache, writeDerivedMany } from "@/lib/db/bulk-derive";
import { storedColumns } from "@/lib/db/stored-report";
import { MAX_HITS, PAGE_SIZE, searchReports } from "./search-reports";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

describeEachDatabase("search across reports", (get) => {
  it("finds 老城区's text for its own drafter and for the city's 上级审阅, with the hit in context", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    // The city reads a unit's report from 已报送 on: the demo draft is not searched for it until it is sent.
    const before = await searchReports(db, await actor(db, "city"), "信访");
    expect(before.status === "ok" && before.reports.some((r) => r.reportId === reportId)).toBe(false);
    await db.report.update({ where: { id: reportId }, data: { status: "sent" } });
    for (const username of ["drafter", "city"]) {
      const result = await searchReports(db, await actor(db, username), " 信访 ");
      if (result.status !== "ok") throw new Error(result.message);
      expect(result.query).toBe("信访");
      const group = result.reports.find((r) => r.reportId === reportId);
      expect(group).toMatchObject({ organizationName: "洛阳市老城区人民政府", year: 2020 });
      expect(group!.hits.length).toBeGreaterThan(3);
      for (const hit of group!.hits) {
        expect(hit.match).toBe("信访");
        expect(Array.from(hit.before).length).toBeLessThanOrEqual(30);
        expect(Array.from(hit.after).length).toBeLessThanOrEqual(30);
        // A snippet stays within its paragraph.
        expect(hit.before + hit.after).not.toContain("\n");
      }
      expect(group!.hits.some((h) => h.path.startsWith("parts.2.items.8") && h.label.startsWith("三、（九）"))).toBe(true);
    }
  });

  it("shows 西工区's drafter nothing of 老城区, but their own reports", async () => {
    const { db } = get();
    const { otherDistrictId } = await seedDemo(db);
    const xigong = await actor(db, "xigong");
    const nothing = await searchReports(db, xigong, "信访");
    expect(nothing).toMatchObject({ status: "ok", reports: [], hitCount: 0, truncated: false });
    const created = await createReport(db, xigong, { organizationId: otherDistrictId, year: 2020 });
    if (!created.ok) throw new Error(created.status);
    const base = await getReport(db, created.reportId);
    await saveReport(db, xigong, { reportId: created.reportId, baseVersion: 1, content: { ...base!.report, preamble: "西工区全年办理信访事项。" } });
    const own = await searchReports(db, xigong, "信访");
    expect(own.status === "ok" && own.reports.map((r) => r.organizationName)).toEqual(["洛阳市西工区人民政府"]);
    // The city sees both districts once they are sent, grouped by organization.
    await db.report.updateMany({ data: { status: "draft" } });
    const drafts = await searchReports(db, await actor(db, "city"), "信访");
    expect(drafts.status === "ok" && drafts.reports).toEqual([]);
    await db.report.updateMany({ data: { status: "sent" } });
    const city = await searchReports(db, await actor(db, "city"), "信访");
    expect(city.status === "ok" && city.reports.map((r) => r.organizationName)).toEqual(["洛阳市老城区人民政府", "洛阳市西工区人民政府"]);
    // Where the form asks for part of a unit's name (too many units to list), only the units so named.
    const named = await searchReports(db, await actor(db, "city"), "信访", { unitName: "西工" });
    expect(named.status === "ok" && named.reports.map((r) => r.organizationName)).toEqual(["洛阳市西工区人民政府"]);
  });

  it("searches the text as printed: a figure's value is found where the text cites it", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const stored = await getReport(db, reportId);
    expect(JSON.stringify(stored?.report.parts)).toContain("行政诉讼案件{{reconsiderationLitigation.lawsuits}}起");
    const result = await searchReports(db, await actor(db, "drafter"), "行政诉讼案件77起");
    expect(result.status === "ok" && result.hitCount).toBe(1);
    const raw = await searchReports(db, await actor(db, "drafter"), "reconsiderationLitigation");
    expect(raw.status === "ok" && raw.hitCount).toBe(0);
  });

  it("ranks a title holding the query first, then the newest year, pages the rest, and counts them all", async () => {
    const { db } = get();
    const { districtId, reportId } = await seedDemo(db);
    const laocheng = (await getReport(db, reportId))!.report;
    // 25 earlier years of the district: the preamble holds the query; in 1991 the title does too.
    const years = Array.from({ length: 25 }, (_, i) => 1990 + i);
    const reports = years.map((year) => {
      const title = year === 1991 ? `关于琉璃瓦修缮工作的${year}年度报告` : laocheng.header.title;
      return { id: `page_${year}`, report: { ...laocheng, header: { ...laocheng.header, year, title }, preamble: `${year}年完成琉璃瓦修缮。` } };
    });
    await db.transaction(async (tx) => {
      await tx.report.createMany({ data: reports.map((r) => ({ id: r.id, organizationId: districtId, year: r.report.header.year, content: JSON.stringify(r.report), ...storedColumns(r.report) })) });
      await writeDerivedMany(tx, reports, new KeyCache(tx.raw.kind));
    });
    const drafter = await actor(db, "drafter");
    const first = await searchReports(db, drafter, "琉璃瓦修缮");
    const second = await searchReports(db, drafter, "琉璃瓦修缮", { page: 2 });
    const beyond = await searchReports(db, drafter, "琉璃瓦修缮", { page: 3 });
    if (first.status !== "ok" || second.status !== "ok" || beyond.status !== "ok") throw new Error("search refused");
    const newestFirst = years.filter((y) => y !== 1991).reverse();
    expect(first.reports.map((r) => r.year)).toEqual([1991, ...newestFirst.slice(0, PAGE_SIZE - 1)]);
    expect(second.reports.map((r) => r.year)).toEqual([1995, 1994, 1993, 1992, 1990]);
    for (const result of [first, second, beyond]) expect(result).toMatchObject({ total: 25, pageCount: 2 });
    expect(beyond.reports).toEqual([]);
  });

  it("finds a longer query only where its characters stand together in one paragraph", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const base = (await getReport(db, reportId))!;
    // Every pair of 飞檐斗拱 is in this paragraph, but not the phrase: not a hit. 檐斗，斗拱 is.
    const saved = await saveReport(db, null, { reportId, baseVersion: base.version, content: { ...base.report, preamble: "飞檐与檐斗，斗拱完好。" } });
    expect(saved).toMatchObject({ ok: true });
    const drafter = await actor(db, "drafter");
    const ids = async (q: string) => {
      const found = await searchReports(db, drafter, q);
      return found.status === "ok" ? found.reports.map((r) => r.reportId) : found.message;
    };
    expect(await ids("飞檐斗拱")).toEqual([]);
    expect(await ids("檐斗，斗拱")).toEqual([reportId]);
  });

  it("caps the hits and says so", async () => {
    const { db } = get();
    await seedDemo(db);
    const result = await searchReports(db, await actor(db, "drafter"), "，");
    expect(result).toMatchObject({ status: "ok", hitCount: MAX_HITS, truncated: true });
  });

  it("refuses an empty or overlong query", async () => {
    const { db } = get();
    await seedDemo(db);
    const drafter = await actor(db, "drafter");
    expect(await searchReports(db, drafter, "  ")).toEqual({ status: "invalid", message: "请输入要搜索的文字" });
    expect(await searchReports(db, drafter, "法".repeat(101))).toEqual({ status: "invalid", message: "搜索内容不能超过100个字" });
  });
});

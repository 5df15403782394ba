import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { createReport } from "@/lib/server/reports/create-report";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { MAX_HITS, searchReports } from "./search-reports";

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

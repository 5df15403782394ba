import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Actor } from "@/lib/access/roles";
import { transitionReport } from "./transition-report";
import { createReport } from "@/lib/server/reports/create-report";
import { unitsOverview } from "@/lib/server/organizations/units-overview";
import { listComments } from "@/lib/server/comments/list-comments";

describeEachDatabase("review workflow", (get) => {
  const reviewer = async (): Promise<{ actor: Actor; reportId: string; cityId: string; otherDistrictId: string }> => {
    const { db } = get();
    const seeded = await seedDemo(db);
    const user = await db.user.findUniqueOrThrow({ where: { username: "reviewer" } });
    return {
      actor: { id: user.id, username: user.username, displayName: user.displayName, role: "reviewer", organizationId: user.organizationId },
      reportId: seeded.reportId,
      cityId: seeded.cityId,
      otherDistrictId: seeded.otherDistrictId,
    };
  };

  it("walks 草稿 → 待审核 → 退回修改 → 待审核 → 已审定 → 已报送 → 已公开, recording dates, comments and the log", async () => {
    const { db } = get();
    const { actor, reportId, cityId } = await reviewer();
    const step = (transition: Parameters<typeof transitionReport>[2]["transition"], text?: string) =>
      transitionReport(db, actor, { reportId, transition, text, commentPath: "measures.2" });

    expect(await step("submit")).toEqual({ ok: true, newStatus: "submitted" });
    expect(await step("return")).toEqual({ ok: false, status: "invalid", message: "退回时请填写修改意见" });
    expect(await step("return", "请补充信访数据的来源")).toEqual({ ok: true, newStatus: "returned" });
    expect((await listComments(db, reportId)).map((c) => [c.path, c.body])).toEqual([["measures.2", "请补充信访数据的来源"]]);
    expect(await step("approve")).toEqual({ ok: false, status: "state", message: "报告状态已被他人更新，请刷新页面" });
    expect(await step("submit")).toEqual({ ok: true, newStatus: "submitted" });
    expect(await step("approve")).toEqual({ ok: true, newStatus: "approved" });
    expect(await step("send")).toEqual({ ok: true, newStatus: "sent" });

    // The report is sent today; as if today were within the 2020 reporting season:
    await db.report.update({ where: { id: reportId }, data: { sentAt: new Date("2021-02-25T10:00:00") } });
    const overview = await unitsOverview(db, cityId, 2020, new Date("2021-02-26"));
    expect(overview.find((u) => u.name === "洛阳市老城区人民政府")).toMatchObject({ status: "sent", sending: "on-time", publishing: "pending" });
    expect(overview.find((u) => u.name === "洛阳市西工区人民政府")).toMatchObject({ status: null, reportId: null });

    expect(await step("publish")).toEqual({ ok: true, newStatus: "published" });
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(row.sentAt).not.toBeNull();
    expect(row.publishedAt).not.toBeNull();
    expect(await step("reopen")).toEqual({ ok: false, status: "invalid", message: "重新打开需要填写理由" });
    expect(await step("reopen", "市里要求补充数据")).toEqual({ ok: true, newStatus: "draft" });
    const log = await db.auditEvent.findMany({ where: { reportId }, orderBy: { at: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["submit", "return", "comment", "submit", "approve", "send", "publish", "reopen"].filter((a) => a !== "comment"));
    expect(log.at(-1)?.detail).toBe("市里要求补充数据");
  });

  it("will not submit a report that fails the final schema, and lists why", async () => {
    const { db } = get();
    const { actor } = await reviewer();
    const created = await createReport(db, actor, { organizationId: actor.organizationId, year: 2024 });
    if (!created.ok) throw new Error(created.status);
    const result = await transitionReport(db, actor, { reportId: created.reportId, transition: "submit" });
    expect(result).toMatchObject({ ok: false, status: "invalid", message: "报告还不能提交审核" });
    expect(result.ok ? [] : result.issues?.map((i) => i.path)).toContain("preamble");
    expect((await db.report.findUniqueOrThrow({ where: { id: created.reportId } })).status).toBe("draft");
  });

  it("marks a report sent after the deadline as late and an unsent one past it as overdue", async () => {
    const { db } = get();
    const { cityId } = await reviewer();
    const lateNow = new Date("2021-03-05");
    const overview = await unitsOverview(db, cityId, 2020, lateNow);
    expect(overview.find((u) => u.name === "洛阳市西工区人民政府")?.sending).toBe("overdue");
  });
});

import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { reportTarget } from "@/lib/server/access/report-target";
import { transitionReport } from "./transition-report";
import { recordReviewOpen } from "./record-review-open";

async function actorOf(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** Someone opens the report page, as the page records it. */
async function opens(db: Db, who: Actor, reportId: string) {
  const target = await reportTarget(db, reportId);
  if (!target) throw new Error("no report");
  return recordReviewOpen(db, who, reportId, target);
}

const statusOf = async (db: Db, reportId: string) => (await db.report.findUniqueOrThrow({ where: { id: reportId } })).status;

describeEachDatabase("撤回: a submission no reviewer has opened", (get) => {
  it("goes back to 草稿 with its audit line and the reviewers' notice, while only the drafter has looked at it", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const drafter = await actorOf(db, "drafter"), reviewer = await actorOf(db, "reviewer"), city = await actorOf(db, "city");
    expect(await transitionReport(db, drafter, { reportId, transition: "submit" })).toEqual({ ok: true, newStatus: "submitted" });
    // The drafter's own look and the city's do not count: neither reviews it.
    expect(await opens(db, drafter, reportId)).toBe(false);
    expect(await opens(db, city, reportId)).toBe(false);
    expect(await transitionReport(db, drafter, { reportId, transition: "withdraw" })).toEqual({ ok: true, newStatus: "draft" });
    expect(await statusOf(db, reportId)).toBe("draft");
    expect(await db.auditEvent.count({ where: { reportId, action: "withdraw", userId: drafter.id } })).toBe(1);
    const notices = await db.notice.findMany({ where: { userId: reviewer.id, reportId }, orderBy: { createdAt: "asc" } });
    expect(notices.map((n) => n.kind)).toEqual(["submit", "withdraw"]);
    expect(notices[1]?.text).toBe("老城区起草人撤回了老城区2020年度报告的审核申请");
  });

  it("is refused once a reviewer has opened the submission, and allowed again for the next submission", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const drafter = await actorOf(db, "drafter"), reviewer = await actorOf(db, "reviewer");
    await db.report.update({ where: { id: reportId }, data: { status: "draft", reviewOpenedAt: null } });
    await transitionReport(db, drafter, { reportId, transition: "submit" });
    expect(await opens(db, reviewer, reportId)).toBe(true);
    // Only the first open is recorded.
    expect(await opens(db, reviewer, reportId)).toBe(false);
    const before = await db.auditEvent.count({ where: { reportId } });
    expect(await transitionReport(db, drafter, { reportId, transition: "withdraw" })).toEqual({
      ok: false,
      status: "state",
      message: "审核人已开始审阅，不能撤回；如需修改，请联系审核人退回",
    });
    expect(await statusOf(db, reportId)).toBe("submitted");
    expect(await db.auditEvent.count({ where: { reportId } })).toBe(before);

    // Returned and submitted again: a new submission nobody has opened yet.
    await transitionReport(db, reviewer, { reportId, transition: "return", text: "请补充" });
    await transitionReport(db, drafter, { reportId, transition: "submit" });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).reviewOpenedAt).toBeNull();
    expect(await transitionReport(db, drafter, { reportId, transition: "withdraw" })).toMatchObject({ ok: true });
  });

  it("lets exactly one of a reviewer's first open and a 撤回 at the same moment take effect", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const drafter = await actorOf(db, "drafter"), reviewer = await actorOf(db, "reviewer");
    for (let i = 0; i < 10; i++) {
      await db.report.update({ where: { id: reportId }, data: { status: "draft", reviewOpenedAt: null } });
      await transitionReport(db, drafter, { reportId, transition: "submit" });
      const [opened, withdrawn] = await Promise.all([opens(db, reviewer, reportId), transitionReport(db, drafter, { reportId, transition: "withdraw" })]);
      const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
      expect(opened !== withdrawn.ok, "exactly one of the two took effect").toBe(true);
      // Either the reviewer saw it first (still 待审核) or the drafter took it back (草稿) — never both.
      if (withdrawn.ok) expect(row.status).toBe("draft");
      else expect([opened, row.status, row.reviewOpenedAt !== null]).toEqual([true, "submitted", true]);
    }
  });
});

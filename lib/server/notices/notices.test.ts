import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { headerCounts, listTodo } from "./list-todo";
import { listNotices } from "./list-notices";
import { markRead } from "./mark-read";

async function actorOf(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** What each person's notices say, newest first, and whether read. */
const texts = async (db: Db, who: Actor) => (await listNotices(db, who.id)).map((n) => `${n.read ? "已读" : "未读"} ${n.kind} ${n.text}`);
const todo = async (db: Db, who: Actor) => (await listTodo(db, who)).map((t) => `${t.what} ${t.report} ${t.action}`);

describeEachDatabase("待办 and notices through the workflow", (get) => {
  it("tells each person what waits for them at every step, in the step's own transaction", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const drafter = await actorOf(db, "drafter"), reviewer = await actorOf(db, "reviewer"), city = await actorOf(db, "city"), xigong = await actorOf(db, "xigong");
    const step = async (who: Actor, transition: "submit" | "return" | "approve" | "send" | "publish", text = "") =>
      expect(await transitionReport(db, who, { reportId, transition, text, commentPath: "preamble" })).toMatchObject({ ok: true });

    await step(drafter, "submit");
    expect(await todo(db, reviewer)).toEqual(["待审核 老城区2020年度报告 审核"]);
    expect(await texts(db, reviewer)).toEqual(["未读 submit 老城区起草人提交了老城区2020年度报告，待审核"]);
    // Nobody is told of their own act, and nobody outside the report's organization hears of it.
    expect(await texts(db, drafter)).toEqual([]);
    expect(await texts(db, xigong)).toEqual([]);
    expect(await headerCounts(db, reviewer)).toEqual({ todo: 1, unread: 1 });

    await step(reviewer, "return", "导语请补充年度重点");
    expect(await todo(db, reviewer)).toEqual([]);
    expect(await todo(db, drafter)).toEqual(["退回修改 老城区2020年度报告 修改", "1条意见待处理 老城区2020年度报告 处理"]);
    expect(await texts(db, drafter)).toEqual(["未读 return 老城区审核人退回了老城区2020年度报告：导语请补充年度重点"]);

    // The city comments too: both who write and review the report hear of it; the city does not.
    await addComment(db, city, { reportId, path: "preamble", body: "请写明全年法治建设总体情况" });
    expect((await texts(db, drafter))[0]).toBe("未读 comment 洛阳市上级审阅对老城区2020年度报告提出意见：请写明全年法治建设总体情况");
    expect((await texts(db, reviewer))[0]).toBe("未读 comment 洛阳市上级审阅对老城区2020年度报告提出意见：请写明全年法治建设总体情况");
    expect(await texts(db, city)).toEqual([]);
    expect(await todo(db, drafter)).toEqual(["退回修改 老城区2020年度报告 修改", "2条意见待处理 老城区2020年度报告 处理"]);

    // Handling both comments and resubmitting empties the drafter's 待办.
    for (const c of await db.comment.findMany({ where: { reportId } })) await resolveComment(db, drafter, { reportId, commentId: c.id });
    await step(drafter, "submit");
    expect(await todo(db, drafter)).toEqual([]);
    await step(reviewer, "approve");
    await step(reviewer, "send");
    expect(await todo(db, city)).toEqual(["已报送待阅 老城区2020年度报告 阅读"]);
    expect((await texts(db, city))[0]).toBe("未读 send 老城区审核人报送了老城区2020年度报告");
    expect((await texts(db, drafter)).slice(0, 2)).toEqual(["未读 send 老城区审核人报送了老城区2020年度报告", "未读 approve 老城区审核人审定通过了老城区2020年度报告"]);

    // Opening the report reads its notices: the city's 待办 is done.
    expect(await markRead(db, city.id, { reportId })).toEqual({ ok: true, marked: 1 });
    expect(await todo(db, city)).toEqual([]);
    expect(await headerCounts(db, city)).toEqual({ todo: 0, unread: 0 });
  });

  it("marks one notice or all read, and never someone else's", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const reviewer = await actorOf(db, "reviewer"), city = await actorOf(db, "city");
    await db.notice.deleteMany({});
    await addComment(db, city, { reportId, path: "", body: "第一条" });
    await addComment(db, city, { reportId, path: "", body: "第二条" });
    const [newest] = await listNotices(db, reviewer.id);
    if (!newest) throw new Error("no notice");
    expect(await markRead(db, city.id, { noticeId: newest.id })).toEqual({ ok: true, marked: 0 });
    expect((await headerCounts(db, reviewer)).unread).toBe(2);
    expect(await markRead(db, reviewer.id, { noticeId: newest.id })).toEqual({ ok: true, marked: 1 });
    expect(await texts(db, reviewer)).toEqual(["已读 comment 洛阳市上级审阅对老城区2020年度报告提出意见：第二条", "未读 comment 洛阳市上级审阅对老城区2020年度报告提出意见：第一条"]);
    expect(await markRead(db, reviewer.id, { noticeId: "all" })).toEqual({ ok: true, marked: 1 });
    expect((await headerCounts(db, reviewer)).unread).toBe(0);
  });
});

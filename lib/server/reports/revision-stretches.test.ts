import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { reportCharacters } from "@/lib/report/outline";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { getReport } from "./get-report";
import { getRevision } from "./get-revision";
import { listRevisions } from "./list-revisions";
import { nameRevision } from "./name-revision";
import { restoreRevision } from "./restore-revision";
import { saveReport } from "./save-report";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

describeEachDatabase("revisions as editing stretches", (get) => {
  /** The seeded Laocheng report (version 1, a revision without author) and a function saving its preamble as someone at a time. */
  let seeded: { reportId: string; content: string } | undefined;
  async function setUp() {
    const { db } = get();
    if (!seeded) {
      const { reportId } = await seedDemo(db);
      seeded = { reportId, content: (await db.report.findUniqueOrThrow({ where: { id: reportId } })).content };
    }
    // Each test starts from the seeded report at version 1 with its one revision.
    const { reportId, content } = seeded;
    await db.revision.deleteMany({ where: { reportId } });
    await db.report.update({ where: { id: reportId }, data: { content, version: 1, status: "draft", submittedAt: null, approvedAt: null, sentAt: null } });
    await db.revision.create({ data: { reportId, version: 1, content } });
    const base = (await getReport(db, reportId))!.report;
    let version = 1;
    const save = async (who: Actor, preamble: string, at: Date) => {
      const saved = await saveReport(db, who, { reportId, baseVersion: version, content: { ...base, preamble } }, at);
      if (!saved.ok) throw new Error(saved.message);
      version = saved.version;
      return saved;
    };
    return { db, reportId, base, save, drafter: await actor(db, "drafter"), reviewer: await actor(db, "reviewer") };
  }

  it("folds one person's saves less than 10 minutes apart into one revision holding the last, with their name and the saves counted", async () => {
    const { db, reportId, save, drafter } = await setUp();
    const t = new Date("2021-02-01T09:00:00Z");
    await save(drafter, "第一次", t);
    await save(drafter, "第二次", minutes(t, 4));
    // Each save is less than 10 minutes after the one before, though the stretch is longer.
    const last = await save(drafter, "第三次", minutes(t, 13));
    expect(last).toMatchObject({ ok: true, version: 4, savedAt: minutes(t, 13).toISOString() });
    const list = await listRevisions(db, reportId);
    expect(list.map((r) => [r.version, r.saveCount, r.authorName])).toEqual([
      [4, 3, "老城区起草人"],
      [1, 1, null],
    ]);
    expect(list[0]).toMatchObject({ createdAt: t.toISOString(), savedAt: minutes(t, 13).toISOString(), name: null });
    expect(await getRevision(db, { reportId, version: 4 })).toMatchObject({ ok: true, report: { preamble: "第三次" } });
    // The folded-over versions are gone from the history; the report's own version still counts every save.
    expect(await getRevision(db, { reportId, version: 2 })).toMatchObject({ ok: false, status: "missing" });
    expect((await getReport(db, reportId))?.version).toBe(4);
  });

  it("starts a new revision after a 10-minute pause, for another person, and after a restore", async () => {
    const { db, reportId, save, drafter, reviewer } = await setUp();
    const t = new Date("2021-02-01T09:00:00Z");
    await save(drafter, "起草人上午", t);
    await save(drafter, "起草人午后", minutes(t, 10));
    await save(reviewer, "审核人修改", minutes(t, 11));
    await save(drafter, "起草人又改", minutes(t, 12));
    const restored = await restoreRevision(db, drafter, { reportId, version: 3, baseVersion: 5 });
    expect(restored).toMatchObject({ ok: true, version: 6 });
    const list = await listRevisions(db, reportId);
    expect(list.map((r) => [r.version, r.authorName])).toEqual([
      [6, "老城区起草人"],
      [5, "老城区起草人"],
      [4, "老城区审核人"],
      [3, "老城区起草人"],
      [2, "老城区起草人"],
      [1, null],
    ]);
  });

  it("never folds into a named version, and keeps its content; naming a version that does not exist is refused", async () => {
    const { db, reportId, save, drafter } = await setUp();
    const t = new Date("2021-02-01T09:00:00Z");
    await save(drafter, "报送的导语", t);
    expect(await nameRevision(db, drafter, { reportId, version: 2, name: " 报送版 " })).toEqual({ ok: true, name: "报送版" });
    await save(drafter, "之后的修改", minutes(t, 1));
    await save(drafter, "再改一处", minutes(t, 2));
    const list = await listRevisions(db, reportId);
    expect(list.map((r) => [r.version, r.name, r.saveCount])).toEqual([
      [4, null, 2],
      [2, "报送版", 1],
      [1, null, 1],
    ]);
    expect(await getRevision(db, { reportId, version: 2 })).toMatchObject({ report: { preamble: "报送的导语" } });
    expect(await nameRevision(db, drafter, { reportId, version: 3, name: "征求意见稿" })).toMatchObject({ ok: false, status: "missing" });
    expect(await db.auditEvent.count({ where: { reportId, action: "name_revision" } })).toBe(1);
  });

  it("names the version a report was submitted and sent in, and the next save starts a new revision", async () => {
    const { db, reportId, save, reviewer } = await setUp();
    const t = new Date();
    await save(reviewer, "提交前最后一稿", t);
    expect(await transitionReport(db, reviewer, { reportId, transition: "submit" })).toMatchObject({ ok: true });
    expect(await transitionReport(db, reviewer, { reportId, transition: "return", text: "请修改导语" })).toMatchObject({ ok: true });
    await save(reviewer, "退回后修改", minutes(t, 1));
    expect(await transitionReport(db, reviewer, { reportId, transition: "submit" })).toMatchObject({ ok: true });
    expect(await transitionReport(db, reviewer, { reportId, transition: "approve" })).toMatchObject({ ok: true });
    expect(await transitionReport(db, reviewer, { reportId, transition: "send" })).toMatchObject({ ok: true });
    const list = await listRevisions(db, reportId);
    // 报送上级 keeps the name the version got at 提交审核.
    expect(list.map((r) => [r.version, r.name])).toEqual([
      [3, "提交审核时"],
      [2, "提交审核时"],
      [1, null],
    ]);
  });

  it("counts a revision's size in characters of text, not of its stored JSON", async () => {
    const { db, reportId, base, save, drafter } = await setUp();
    await save(drafter, "导语二十个字导语二十个字导语二十个字导语二", new Date());
    const [latest, first] = await listRevisions(db, reportId);
    const expected = reportCharacters({ ...base, preamble: "导语二十个字导语二十个字导语二十个字导语二" });
    expect(latest!.size).toBe(expected);
    expect(latest!.size).toBeLessThan(JSON.stringify(base).length / 1.3);
    // The seed's revision kept no size: it is counted from its content, the same way.
    expect(first!.size).toBe(reportCharacters(base));
  });

  it("keeps optimistic concurrency on the report's version while folding", async () => {
    const { db, reportId, base, save, drafter } = await setUp();
    await save(drafter, "甲", new Date());
    const stale = await saveReport(db, drafter, { reportId, baseVersion: 1, content: { ...base, preamble: "乙" } });
    expect(stale).toMatchObject({ ok: false, status: "conflict", version: 2 });
    expect(await getRevision(db, { reportId, version: 2 })).toMatchObject({ report: { preamble: "甲" } });
    // 保留我的版本 after a conflict (the same person in another window) overrides version 2 without folding it away.
    const kept = await saveReport(db, drafter, { reportId, baseVersion: 2, content: { ...base, preamble: "乙" }, apart: true });
    expect(kept).toMatchObject({ ok: true, version: 3 });
    expect((await listRevisions(db, reportId)).map((r) => r.version)).toEqual([3, 2, 1]);
    expect(await getRevision(db, { reportId, version: 2 })).toMatchObject({ report: { preamble: "甲" } });
  });
});

import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { isRole, type Actor } from "@/lib/access/roles";
import type { Db } from "@/lib/db/client";
import { anchorOf } from "@/lib/report/comment-anchor";
import { createReport } from "@/lib/server/reports/create-report";
import { addComment } from "./add-comment";
import { addCommentInput } from "./add-comment.schema";
import { listComments } from "./list-comments";
import { replyComment } from "./reply-comment";
import { resolveComment } from "./resolve-comment";

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

const text = "全区共办理行政复议案件15起。依法化解矛盾纠纷，成效明显。";
const sentence = "依法化解矛盾纠纷，成效明显。";

describeEachDatabase("批注: comments on a selection, with replies", (get) => {
  it("keeps a selection's quote and context, threads replies under it, and resolves the thread as one", async () => {
    const { db } = get();
    const { reportId } = await seedDemo(db);
    const [reviewer, drafter] = [await actor(db, "reviewer"), await actor(db, "drafter")];
    const start = text.indexOf(sentence);
    const input = addCommentInput.parse({ reportId, path: "preamble", field: "preamble", anchor: "text", body: "请补充化解数量", ...anchorOf(text, start, start + sentence.length) });
    const added = await addComment(db, reviewer, input);
    if (!added.ok) throw new Error(added.message);
    expect(added.comment).toMatchObject({ anchor: "text", field: "preamble", quote: sentence, start, prefix: "全区共办理行政复议案件15起。", suffix: "", author: "老城区审核人", parentId: null });

    const reply = await replyComment(db, drafter, { reportId, commentId: added.id, body: "已补充" });
    if (!reply.ok) throw new Error(reply.message);
    // A reply to the reply joins the same thread.
    const second = await replyComment(db, reviewer, { reportId, commentId: reply.comment.id, body: "好的" });
    expect(second.ok && second.comment.parentId).toBe(added.id);

    const listed = await listComments(db, reportId);
    expect(listed.map((c) => [c.body, c.parentId, c.path])).toEqual([
      ["请补充化解数量", null, "preamble"],
      ["已补充", added.id, "preamble"],
      ["好的", added.id, "preamble"],
    ]);
    const audit = await db.auditEvent.findMany({ where: { reportId }, select: { action: true, detail: true } });
    expect(audit.filter((e) => e.action === "comment" || e.action === "reply_comment").map((e) => e.action).sort()).toEqual(["comment", "reply_comment", "reply_comment"]);
    expect(audit.find((e) => e.action === "comment")?.detail).toBe(`preamble：“${sentence}”`);

    // A reply is not resolved alone; the comment is, once.
    expect(await resolveComment(db, drafter, { reportId, commentId: reply.comment.id })).toMatchObject({ ok: false, status: "missing" });
    expect(await resolveComment(db, drafter, { reportId, commentId: added.id })).toEqual({ ok: true });
    expect(await resolveComment(db, drafter, { reportId, commentId: added.id })).toMatchObject({ ok: false, status: "missing" });
    expect((await listComments(db, reportId))[0]?.resolvedAt).toBeInstanceOf(Date);
  });

  it("refuses a reply to another report's comment, and a selection comment without its words", async () => {
    const { db } = get();
    const { reportId, otherDistrictId } = await seedDemo(db);
    const reviewer = await actor(db, "reviewer");
    const other = await createReport(db, null, { organizationId: otherDistrictId, year: 2021 });
    if (!other.ok) throw new Error("no report for 西工区");
    const added = await addComment(db, reviewer, { reportId, path: "preamble", body: "整体意见" });
    if (!added.ok) throw new Error(added.message);
    // An old-style comment on a part has no anchor beyond its path.
    expect(added.comment).toMatchObject({ anchor: "part", field: "", quote: "" });
    expect(await replyComment(db, reviewer, { reportId: other.reportId, commentId: added.id, body: "串了" })).toMatchObject({ ok: false, status: "missing" });
    const noQuote = addCommentInput.safeParse({ reportId, path: "preamble", field: "preamble", anchor: "text", body: "意见" });
    expect(noQuote.success).toBe(false);
    expect(noQuote.error?.issues.map((i) => i.message)).toEqual(["请先选中要批注的文字"]);
  });
});

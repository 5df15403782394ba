import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { notifyComment } from "@/lib/server/notices/workflow-notices";
import type { ReplyCommentInput, ReplyCommentResult } from "./add-comment.schema";
import { commentView, storedComment, WITH_AUTHOR } from "./list-comments";

/**
 * A reply joins the thread of a comment of the same report (threads are one
 * level deep: a reply to a reply joins the first comment's thread) and
 * shares its place; with its audit line, in one transaction.
 */
export async function replyComment(db: Db, actor: Actor, input: ReplyCommentInput): Promise<ReplyCommentResult> {
  return db.transaction(async (tx) => {
    const target = await tx.comment.findFirst({ where: { id: input.commentId, reportId: input.reportId } });
    if (!target) return refuse("missing", "要回复的批注不存在");
    const parentId = target.parentId ?? target.id;
    const row = await tx.comment.create({
      data: { reportId: input.reportId, parentId, path: target.path, body: input.body, authorId: actor.id, anchor: target.anchor, field: target.field },
      include: WITH_AUTHOR,
    });
    await recordEvent(tx, { action: "reply_comment", actor, reportId: input.reportId, detail: target.path });
    await notifyComment(tx, actor, input);
    return { ok: true, comment: commentView(storedComment(row)) } as const;
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ResolveCommentInput, ResolveCommentResult } from "./resolve-comment.schema";

/** Marks a comment (and so its thread) handled. Scoped by report id, so a comment id from another report changes nothing; a reply is not resolved alone. */
export async function resolveComment(db: Db, actor: Actor, input: ResolveCommentInput): Promise<ResolveCommentResult> {
  return db.transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: input.commentId, reportId: input.reportId, parentId: null, resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
    if (count === 0) return refuse("missing", "意见不存在或已处理");
    await recordEvent(tx, { action: "resolve_comment", actor, reportId: input.reportId });
    return { ok: true } as const;
  });
}

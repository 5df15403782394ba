import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { recordEvent } from "@/lib/server/audit/record-event";
import { notifyComment } from "@/lib/server/notices/workflow-notices";
import type { AddCommentResult } from "./add-comment.schema";

/** A reviewer's remark on one part of the report, and its line in the audit log, in one transaction. */
export async function addComment(db: Db, actor: Actor, input: { reportId: string; path: string; body: string }): Promise<AddCommentResult> {
  return db.transaction(async (tx) => {
    const comment = await tx.comment.create({ data: { reportId: input.reportId, path: input.path, body: input.body, authorId: actor.id } });
    await recordEvent(tx, { action: "comment", actor, reportId: input.reportId, detail: input.path });
    await notifyComment(tx, actor, input);
    return { ok: true, id: comment.id } as const;
  });
}

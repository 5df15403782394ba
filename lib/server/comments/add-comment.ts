import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { recordEvent } from "@/lib/server/audit/record-event";
import { notifyComment } from "@/lib/server/notices/workflow-notices";
import type { AddCommentResult, CommentView } from "./add-comment.schema";
import { commentView, storedComment, WITH_AUTHOR } from "./list-comments";

type Anchor = Pick<CommentView, "anchor" | "field" | "quote" | "start" | "prefix" | "suffix">;
const PART: Anchor = { anchor: "part", field: "", quote: "", start: 0, prefix: "", suffix: "" };

/** A comment on a part, a selection, an item or a figure, and its line in the audit log, in one transaction. */
export async function addComment(db: Db, actor: Actor, input: { reportId: string; path: string; body: string } & Partial<Anchor>): Promise<AddCommentResult> {
  const anchor = { ...PART, ...input };
  return db.transaction(async (tx) => {
    const row = await tx.comment.create({
      data: { reportId: input.reportId, path: input.path, body: input.body, authorId: actor.id, anchor: anchor.anchor, field: anchor.field, quote: anchor.quote, start: anchor.start, prefix: anchor.prefix, suffix: anchor.suffix },
      include: WITH_AUTHOR,
    });
    await recordEvent(tx, { action: "comment", actor, reportId: input.reportId, detail: anchor.quote ? `${input.path}：“${anchor.quote.slice(0, 40)}”` : input.path });
    await notifyComment(tx, actor, input);
    return { ok: true, id: row.id, comment: commentView(storedComment(row)) } as const;
  });
}

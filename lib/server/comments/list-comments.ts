import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { recordEvent } from "@/lib/server/audit/record-event";

export interface CommentView {
  id: string;
  path: string;
  body: string;
  author: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

export const MAX_COMMENT = 5000;

/** Comments of a report, oldest first; the editor shows the open ones beside their part. */
export async function listComments(db: Db, reportId: string): Promise<CommentView[]> {
  const rows = await db.comment.findMany({ where: { reportId }, orderBy: { createdAt: "asc" }, include: { author: { select: { displayName: true } } } });
  return rows.map((c) => ({ id: c.id, path: c.path, body: c.body, author: c.author.displayName, createdAt: c.createdAt, resolvedAt: c.resolvedAt }));
}

export async function addComment(db: Db, actor: Actor, input: { reportId: string; path: string; body: string }) {
  const body = input.body.trim();
  if (!body) return { status: "invalid", message: "请填写意见内容" } as const;
  if (body.length > MAX_COMMENT) return { status: "invalid", message: `意见不能超过${MAX_COMMENT}个字符` } as const;
  const comment = await db.comment.create({ data: { reportId: input.reportId, path: input.path, body, authorId: actor.id } });
  await recordEvent(db, { action: "comment", actor, reportId: input.reportId, detail: input.path });
  return { status: "added", id: comment.id } as const;
}

/** Marks a comment handled. Scoped by report id, so a comment id from another report changes nothing. */
export async function resolveComment(db: Db, actor: Actor, input: { reportId: string; commentId: string }) {
  const { count } = await db.comment.updateMany({
    where: { id: input.commentId, reportId: input.reportId, resolvedAt: null },
    data: { resolvedAt: new Date() },
  });
  if (count > 0) await recordEvent(db, { action: "resolve_comment", actor, reportId: input.reportId });
  return { status: count > 0 ? "resolved" : "missing" } as const;
}

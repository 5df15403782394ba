import "server-only";
import type { Db } from "@/lib/db/client";

export interface CommentView {
  id: string;
  path: string;
  body: string;
  author: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** Comments of a report, oldest first; the editor shows the open ones beside their part. */
export async function listComments(db: Db, reportId: string): Promise<CommentView[]> {
  const rows = await db.comment.findMany({ where: { reportId }, orderBy: { createdAt: "asc" }, include: { author: { select: { displayName: true } } } });
  return rows.map((c) => ({ id: c.id, path: c.path, body: c.body, author: c.author.displayName, createdAt: c.createdAt, resolvedAt: c.resolvedAt }));
}

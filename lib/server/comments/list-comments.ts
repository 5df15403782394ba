import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";

export interface CommentView {
  id: string;
  path: string;
  body: string;
  author: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** Comments of a report, oldest first, as `reader` may see them; the editor shows the open ones beside their part. */
export async function listComments(db: Db, reportId: string, reader?: Actor): Promise<CommentView[]> {
  const report = reader ? await db.report.findUnique({ where: { id: reportId }, select: { organizationId: true } }) : null;
  // A unit's internal review (its own people's comments) stays with the unit: a parent sees only comments from outside it.
  const internal = report && report.organizationId !== reader?.organizationId ? { NOT: { author: { organizationId: report.organizationId } } } : {};
  const rows = await db.comment.findMany({ where: { reportId, ...internal }, orderBy: { createdAt: "asc" }, include: { author: { select: { displayName: true } } } });
  return rows.map((c) => ({ id: c.id, path: c.path, body: c.body, author: c.author.displayName, createdAt: c.createdAt, resolvedAt: c.resolvedAt }));
}

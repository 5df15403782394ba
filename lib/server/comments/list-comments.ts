import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import type { CommentView } from "./add-comment.schema";

export interface StoredComment extends Omit<CommentView, "createdAt" | "resolvedAt"> {
  createdAt: Date;
  resolvedAt: Date | null;
}

const ANCHORS = ["part", "text", "item", "figure"] as const;
const anchorKind = (s: string): CommentView["anchor"] => ANCHORS.find((a) => a === s) ?? "part";

type Row = { id: string; parentId: string | null; path: string; anchor: string; field: string; quote: string; start: number; prefix: string; suffix: string; body: string; createdAt: Date; resolvedAt: Date | null; author: { displayName: string } };

export function storedComment(c: Row): StoredComment {
  return { id: c.id, parentId: c.parentId, path: c.path, anchor: anchorKind(c.anchor), field: c.field, quote: c.quote, start: c.start, prefix: c.prefix, suffix: c.suffix, body: c.body, author: c.author.displayName, createdAt: c.createdAt, resolvedAt: c.resolvedAt };
}

/** The form the browser receives (dates as ISO strings). */
export function commentView(c: StoredComment): CommentView {
  return { ...c, createdAt: c.createdAt.toISOString(), resolvedAt: c.resolvedAt?.toISOString() ?? null };
}

export const WITH_AUTHOR = { author: { select: { displayName: true } } } as const;

/** Comments of a report and their replies, oldest first, as `reader` may see them; the editor threads replies under their comment. */
export async function listComments(db: Db, reportId: string, reader?: Actor): Promise<StoredComment[]> {
  const report = reader ? await db.report.findUnique({ where: { id: reportId }, select: { organizationId: true } }) : null;
  // A unit's internal review (its own people's comments) stays with the unit: a parent sees only comments from outside it.
  const internal = report && report.organizationId !== reader?.organizationId ? { NOT: { author: { organizationId: report.organizationId } } } : {};
  const rows = await db.comment.findMany({ where: { reportId, ...internal }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: WITH_AUTHOR });
  return rows.map(storedComment);
}

/** The comments still open and their replies: what the editor shows (resolved threads stay on the report page). */
export function openThreads(comments: readonly StoredComment[]): StoredComment[] {
  const open = new Set(comments.filter((c) => c.parentId === null && c.resolvedAt === null).map((c) => c.id));
  return comments.filter((c) => open.has(c.parentId ?? c.id));
}

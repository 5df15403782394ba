import "server-only";
import type { Db } from "@/lib/db/client";
import type { RevisionListEntry } from "./list-revisions.schema";

/** Every saved version of a report, newest first. */
export async function listRevisions(db: Db, reportId: string): Promise<RevisionListEntry[]> {
  const rows = await db.revision.findMany({
    where: { reportId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, content: true },
  });
  return rows.map((r) => ({ version: r.version, createdAt: r.createdAt.toISOString(), size: r.content.length }));
}

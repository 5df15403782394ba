import "server-only";
import type { Db } from "@/lib/db/client";

export interface RevisionSummary {
  version: number;
  createdAt: Date;
  /** Characters of the stored JSON: enough to see at a glance that a save emptied or doubled the report. */
  size: number;
}

/** Every saved version of a report, newest first. */
export async function listRevisions(db: Db, reportId: string): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({
    where: { reportId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, content: true },
  });
  return rows.map((r) => ({ version: r.version, createdAt: r.createdAt, size: r.content.length }));
}

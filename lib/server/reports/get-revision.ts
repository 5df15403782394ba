import "server-only";
import type { Db } from "@/lib/db/client";
import type { Report } from "@/lib/report/schema";
import { readContent } from "./content";

export interface StoredRevision {
  version: number;
  createdAt: Date;
  report: Report;
}

/** One saved version, read through today's draft schema like any stored content. */
export async function getRevision(db: Db, input: { reportId: string; version: number }): Promise<StoredRevision | null> {
  const row = await db.revision.findUnique({ where: { reportId_version: { reportId: input.reportId, version: input.version } } });
  if (!row) return null;
  return { version: row.version, createdAt: row.createdAt, report: readContent(row.content).report };
}

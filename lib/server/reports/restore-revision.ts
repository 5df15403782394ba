import "server-only";
import type { Db } from "@/lib/db/client";
import { getRevision } from "./get-revision";
import { saveReport, type SaveResult } from "./save-report";

/**
 * Restoring never rewinds history: the old content is saved as a new
 * version on top of the current one, with the same version check as any
 * save, so the versions in between stay in the list and can be restored too.
 */
export async function restoreRevision(
  db: Db,
  input: { reportId: string; version: number; baseVersion: number; authorId?: string },
): Promise<SaveResult | { status: "noRevision" }> {
  const revision = await getRevision(db, { reportId: input.reportId, version: input.version });
  if (!revision) return { status: "noRevision" };
  return saveReport(db, { reportId: input.reportId, baseVersion: input.baseVersion, content: revision.report, authorId: input.authorId });
}

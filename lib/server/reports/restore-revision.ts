import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { getRevision } from "./get-revision";
import { saveVersion } from "./save-report";
import type { RestoreRevisionInput, RestoreRevisionResult } from "./restore-revision.schema";

/**
 * Restoring never rewinds history: the old content is saved as a new
 * version on top of the current one, with the same version check as any
 * save, so the versions in between stay in the list and can be restored too.
 * It is a revision of its own, never folded into the stretch before it.
 */
export async function restoreRevision(db: Db, actor: Actor | null, input: RestoreRevisionInput): Promise<RestoreRevisionResult> {
  const revision = await getRevision(db, { reportId: input.reportId, version: input.version });
  if (!revision.ok) return revision;
  return saveVersion(db, actor, { reportId: input.reportId, baseVersion: input.baseVersion, content: revision.report }, () => ({
    action: "restore",
    detail: `恢复到版本${input.version}`,
  }), { at: new Date(), foldable: false });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import { refuse, type Done, type Refusal } from "@/lib/server/actions/action.schema";
import { readContent } from "./content";
import type { GetRevisionInput, RevisionView } from "./get-revision.schema";

/** One saved version, read through today's draft schema like any stored content. */
export async function getRevision(db: Db, input: GetRevisionInput): Promise<Done<RevisionView> | Refusal<"missing">> {
  const row = await db.revision.findUnique({ where: { reportId_version: { reportId: input.reportId, version: input.version } } });
  if (!row) return refuse("missing", `版本 ${input.version} 不存在`);
  return { ok: true, version: row.version, createdAt: row.createdAt.toISOString(), report: readContent(row.content).report };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { invalid } from "@/lib/server/actions/action.schema";
import { saveVersion } from "@/lib/server/reports/save-report";
import type { UpdateFromImportInput, UpdateFromImportResult } from "./update-from-import.schema";

/**
 * Accepting an edited file for a year that has a report: its content becomes
 * a new version, with the same version check, revision and audit line as any
 * save, so the version before it can be restored from 修订记录.
 */
export async function updateFromImport(db: Db, actor: Actor | null, input: UpdateFromImportInput): Promise<UpdateFromImportResult> {
  let content: unknown;
  try {
    content = JSON.parse(input.content);
  } catch {
    return invalid([{ path: "content", message: "导入的内容已损坏，请重新导入" }]);
  }
  return saveVersion(db, actor, { reportId: input.reportId, baseVersion: input.baseVersion, content }, (version) => ({ action: "save", detail: `按导入的文件更新，版本${version}` }), {
    at: new Date(),
    // A whole file taken in is a version of its own, never folded into the last typing.
    foldable: false,
  });
}

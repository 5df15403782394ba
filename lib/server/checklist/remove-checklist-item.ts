import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { RemoveChecklistItemInput, RemoveChecklistItemResult } from "./checklist.schema";

const MISSING = refuse("missing", "该事项不存在或已被删除");

/** Removes an item of the administrator's own organization's checklist (another organization's item reads as missing). */
export async function removeChecklistItem(db: Db, actor: Actor, input: RemoveChecklistItemInput): Promise<RemoveChecklistItemResult> {
  return db.transaction(async (tx) => {
    const row = await tx.checklistItem.findFirst({ where: { id: input.id, organizationId: actor.organizationId } });
    if (!row) return MISSING;
    await tx.checklistItem.delete({ where: { id: row.id } });
    await recordEvent(tx, { action: "remove_checklist_item", actor, organizationId: row.organizationId, detail: row.title });
    return { ok: true, id: row.id } as const;
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { AddChecklistItemInput, AddChecklistItemResult } from "./checklist.schema";

/** Adds an item to the administrator's own organization's checklist, with its audit line in the same transaction. */
export async function addChecklistItem(db: Db, actor: Actor, input: AddChecklistItemInput): Promise<AddChecklistItemResult> {
  const organizationId = actor.organizationId;
  const exists = await db.checklistItem.findFirst({ where: { organizationId, title: input.title } });
  if (exists) return refuse("exists", "已有同名事项", [{ path: "title", message: "已有同名事项" }]);
  return db.transaction(async (tx) => {
    const position = await tx.checklistItem.count({ where: { organizationId } });
    const row = await tx.checklistItem.create({ data: { organizationId, title: input.title, keywords: input.keywords.join("、"), position } });
    await recordEvent(tx, { action: "add_checklist_item", actor, organizationId, detail: input.title });
    return { ok: true, id: row.id } as const;
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { SendReminderInput, SendReminderResult } from "./send-reminder.schema";

/**
 * 催报 a unit directly below the person's organization about its report of
 * a year: a line on the unit's home page and in the audit log, one transaction.
 * Any other organization does not exist for the sender.
 */
export async function sendReminder(db: Db, actor: Actor, input: SendReminderInput, subject = "年度报告"): Promise<SendReminderResult> {
  const unit = await db.organization.findUnique({ where: { id: input.organizationId }, select: { id: true, name: true, parentId: true } });
  if (!unit || unit.parentId !== actor.organizationId) return refuse("missing", "没有这个下级单位");
  const parent = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  return db.transaction(async (tx) => {
    const row = await tx.reminder.create({ data: { organizationId: unit.id, fromName: parent.name, year: input.year, subject, senderId: actor.id } });
    await recordEvent(tx, { action: "remind", actor, organizationId: unit.id, detail: `${input.year}年度${subject}：${unit.name}` });
    return { ok: true, id: row.id, unit: unit.name } as const;
  });
}

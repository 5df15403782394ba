import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { sendReminder } from "@/lib/server/reminders/send-reminder";
import type { RemindDepartmentResult } from "./collection.schema";

/** 催报 a department that has not sent its figures: the same reminder as for a late report, about the request. */
export async function remindDepartment(db: Db, actor: Actor, replyId: string): Promise<RemindDepartmentResult> {
  const reply = await db.dataReply.findUnique({ where: { id: replyId }, include: { request: true } });
  if (!reply || reply.request.organizationId !== actor.organizationId) return refuse("missing", "没有这项数据征集");
  if (reply.status !== "pending") return refuse("state", "该部门已报送数据");
  return sendReminder(db, actor, { organizationId: reply.organizationId, year: reply.request.year }, `数据征集“${reply.request.title}”`);
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { can, type ReportTarget } from "@/lib/access/permissions";

/**
 * The first time someone who may review a submitted report opens it: from
 * then on its drafter can no longer 撤回 it (the reviewer may already be
 * reading it). Conditional on the state, so it and a 撤回 at the same moment
 * cannot both take effect. Returns whether this open was the first.
 */
export async function recordReviewOpen(db: Db, actor: Actor, reportId: string, target: ReportTarget): Promise<boolean> {
  if (target.status !== "submitted" || !can(actor, "return", target)) return false;
  const { count } = await db.report.updateMany({ where: { id: reportId, status: "submitted", reviewOpenedAt: null }, data: { reviewOpenedAt: new Date() } });
  return count > 0;
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { MarkReadResult } from "./mark-read.schema";

/**
 * Marks the person's own notices read: one, all, or those of a report they
 * have just opened. Only ever their own (the user id is part of the write),
 * so naming someone else's notice changes nothing.
 */
export async function markRead(db: Db, userId: string, which: { noticeId: string } | { reportId: string }): Promise<MarkReadResult> {
  const scope = "reportId" in which ? { reportId: which.reportId } : which.noticeId === "all" ? {} : { id: which.noticeId };
  const { count } = await db.notice.updateMany({ where: { userId, readAt: null, ...scope }, data: { readAt: new Date() } });
  return { ok: true, marked: count };
}

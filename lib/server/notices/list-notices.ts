import "server-only";
import type { Db } from "@/lib/db/client";

export interface NoticeView {
  id: string;
  kind: string;
  text: string;
  reportId: string | null;
  createdAt: Date;
  read: boolean;
}

/** Shown at most, newest first: a person reads the recent ones; older ones are in the audit log. */
export const NOTICES_SHOWN = 200;

export async function listNotices(db: Db, userId: string): Promise<NoticeView[]> {
  const rows = await db.notice.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: NOTICES_SHOWN });
  return rows.map((n) => ({ id: n.id, kind: n.kind, text: n.text, reportId: n.reportId, createdAt: n.createdAt, read: n.readAt !== null }));
}

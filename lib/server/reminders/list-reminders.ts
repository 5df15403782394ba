import "server-only";
import type { Db } from "@/lib/db/client";

export interface ReminderView {
  id: string;
  fromName: string;
  year: number;
  subject: string;
  createdAt: Date;
}

/** The reminders an organization received in the last 60 days, newest first: older ones have been answered or overtaken. */
export async function listReminders(db: Db, organizationId: string, now = new Date()): Promise<ReminderView[]> {
  const since = new Date(now.getTime() - 60 * 24 * 3600 * 1000);
  return db.reminder.findMany({
    where: { organizationId, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, fromName: true, year: true, subject: true, createdAt: true },
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";

export type Punctuality = "on-time" | "late" | "overdue" | "pending";

export interface UnitStatus {
  organizationId: string;
  name: string;
  reportId: string | null;
  status: string | null;
  updatedAt: Date | null;
  sentAt: Date | null;
  publishedAt: Date | null;
  /** Against the parent's deadline for sending (by default 3月1日 of the next year). */
  sending: Punctuality;
  /** Against the deadline for publication (by default 4月1日). */
  publishing: Punctuality;
}

/** The end of day MM-DD of the year after the reported one, when a report on `year` is due. */
export function deadline(year: number, monthDay: string): Date {
  const [m = 1, d = 1] = monthDay.split("-").map(Number);
  return new Date(year + 1, m - 1, d, 23, 59, 59, 999);
}

export function punctuality(doneAt: Date | null, due: Date, now: Date): Punctuality {
  if (doneAt) return doneAt <= due ? "on-time" : "late";
  return now > due ? "overdue" : "pending";
}

/** Every unit directly under an organization, with its report for the year and whether it came on time. */
export async function unitsOverview(db: Db, parentId: string, year: number, now = new Date()): Promise<UnitStatus[]> {
  const parent = await db.organization.findUnique({ where: { id: parentId } });
  if (!parent) return [];
  const units = await db.organization.findMany({
    where: { parentId },
    orderBy: { name: "asc" },
    include: { reports: { where: { year }, select: { id: true, status: true, updatedAt: true, sentAt: true, publishedAt: true } } },
  });
  const sendBy = deadline(year, parent.reportDue);
  const publishBy = deadline(year, parent.publishDue);
  return units.map((unit) => {
    const r = unit.reports[0];
    return {
      organizationId: unit.id,
      name: unit.name,
      reportId: r?.id ?? null,
      status: r?.status ?? null,
      updatedAt: r?.updatedAt ?? null,
      sentAt: r?.sentAt ?? null,
      publishedAt: r?.publishedAt ?? null,
      sending: punctuality(r?.sentAt ?? null, sendBy, now),
      publishing: punctuality(r?.publishedAt ?? null, publishBy, now),
    };
  });
}

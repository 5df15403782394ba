import "server-only";
import type { Db } from "@/lib/db/client";
import { daysLeft, deadline, punctuality, type Punctuality } from "@/lib/report/review-checks";

export { deadline, punctuality, type Punctuality };

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
  /** Days past the sending deadline, sent late or not sent yet; 0 when on time or not yet due. */
  daysLate: number;
  /**
   * What 提交审核 would refuse in the unit's report now (null without a
   * report), from the column stored with every save. The review checks'
   * full findings, which compare the text with last year's and the other
   * units', are on each report's page: computing them here would read every
   * unit's content.
   */
  finalIssues: number | null;
  /** 联系人 and 电话, for the printable list of late units. */
  contactName: string;
  contactPhone: string;
}

/** Whether a unit is late with its report: sent after the deadline, or not sent and past it. */
export const isLate = (u: UnitStatus) => u.sending === "late" || u.sending === "overdue";

/**
 * Every unit directly under an organization, with its report for the year,
 * whether it came on time (and how many days late), and how far it is from
 * passing 提交审核.
 */
export async function unitsOverview(db: Db, parentId: string, year: number, now = new Date()): Promise<UnitStatus[]> {
  const parent = await db.organization.findUnique({ where: { id: parentId } });
  if (!parent) return [];
  // Stored columns only, never the content: a province's overview lists hundreds of units.
  const units = await db.organization.findMany({
    where: { parentId },
    orderBy: { name: "asc" },
    include: { reports: { where: { year }, select: { id: true, status: true, updatedAt: true, sentAt: true, publishedAt: true, finalIssues: true } } },
  });
  const sendBy = deadline(year, parent.reportDue);
  const publishBy = deadline(year, parent.publishDue);
  return units.map((unit) => {
    const r = unit.reports[0];
    const sentAt = r?.sentAt ?? null;
    const sending = punctuality(sentAt, sendBy, now);
    return {
      organizationId: unit.id,
      name: unit.name,
      reportId: r?.id ?? null,
      status: r?.status ?? null,
      updatedAt: r?.updatedAt ?? null,
      sentAt,
      publishedAt: r?.publishedAt ?? null,
      sending,
      publishing: punctuality(r?.publishedAt ?? null, publishBy, now),
      daysLate: sending === "late" || sending === "overdue" ? Math.max(0, -daysLeft(sendBy, sentAt ?? now)) : 0,
      finalIssues: r ? r.finalIssues : null,
      contactName: unit.contactName,
      contactPhone: unit.contactPhone,
    };
  });
}

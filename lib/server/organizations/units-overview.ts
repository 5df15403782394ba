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

interface UnitRow {
  organizationId: string;
  name: string;
  contactName: string;
  contactPhone: string;
  reportId: string | null;
  status: string | null;
  updatedAt: Date | null;
  sentAt: Date | null;
  publishedAt: Date | null;
  finalIssues: number | bigint | null;
}

/**
 * Every unit directly under an organization, with its report for the year,
 * whether it came on time (and how many days late), and how far it is from
 * passing 提交审核. One query of the columns shown, stored columns only and
 * never the content: a province's overview lists thousands of units (Prisma's
 * include, every column of every unit and a second query, cost three times
 * as much).
 */
export async function unitsOverview(db: Db, parentId: string, year: number, now = new Date()): Promise<UnitStatus[]> {
  const parent = await db.organization.findUnique({ where: { id: parentId }, select: { reportDue: true, publishDue: true } });
  if (!parent) return [];
  const units = await db.raw.query<UnitRow>(
    `SELECT o."id" AS "organizationId", o."name" AS "name", o."contactName" AS "contactName", o."contactPhone" AS "contactPhone",
       r."id" AS "reportId", r."status" AS "status", r."updatedAt" AS "updatedAt", r."sentAt" AS "sentAt", r."publishedAt" AS "publishedAt", r."finalIssues" AS "finalIssues"
     FROM "Organization" o LEFT JOIN "Report" r ON r."organizationId" = o."id" AND r."year" = ?
     WHERE o."parentId" = ? ORDER BY o."name"`,
    year,
    parentId,
  );
  const sendBy = deadline(year, parent.reportDue);
  const publishBy = deadline(year, parent.publishDue);
  return units.map((unit) => {
    const sentAt = unit.sentAt;
    const sending = punctuality(sentAt, sendBy, now);
    return {
      organizationId: unit.organizationId,
      name: unit.name,
      reportId: unit.reportId,
      status: unit.status,
      updatedAt: unit.updatedAt,
      sentAt,
      publishedAt: unit.publishedAt,
      sending,
      publishing: punctuality(unit.publishedAt, publishBy, now),
      daysLate: sending === "late" || sending === "overdue" ? Math.max(0, -daysLeft(sendBy, sentAt ?? now)) : 0,
      finalIssues: unit.reportId === null ? null : Number(unit.finalIssues),
      contactName: unit.contactName,
      contactPhone: unit.contactPhone,
    };
  });
}

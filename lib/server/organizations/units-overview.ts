import "server-only";
import type { Db } from "@/lib/db/client";
import { buildCorpus, daysLeft, deadline, punctuality, reviewChecks, type ComparedReport, type Punctuality } from "@/lib/report/review-checks";
import type { Report } from "@/lib/report/schema";
import { checklistFor } from "@/lib/server/checklist/list-checklist";
import { readContent } from "@/lib/server/reports/content";

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
  /** The review checks' findings on the unit's report (null without a report): what blocks 提交审核, and what a reviewer should look at. */
  findings: { blocking: number; warning: number } | null;
}

/** Whether a unit is late with its report: sent after the deadline, or not sent and past it. */
export const isLate = (u: UnitStatus) => u.sending === "late" || u.sending === "overdue";

/**
 * Every unit directly under an organization, with its report for the year,
 * whether it came on time and what the review checks find in it (against
 * its last year and the other units' reports, which the parent reads).
 */
export async function unitsOverview(db: Db, parentId: string, year: number, now = new Date()): Promise<UnitStatus[]> {
  const parent = await db.organization.findUnique({ where: { id: parentId } });
  if (!parent) return [];
  const units = await db.organization.findMany({
    where: { parentId },
    orderBy: { name: "asc" },
    include: { reports: { where: { year: { in: [year, year - 1] } } } },
  });
  const sendBy = deadline(year, parent.reportDue);
  const publishBy = deadline(year, parent.publishDue);
  const reportOf = (reports: { year: number; content: string }[], y: number): Report | null => {
    const row = reports.find((r) => r.year === y);
    return row ? readContent(row.content).report : null;
  };
  const current = units.map((u) => ({ unit: u, report: reportOf(u.reports, year), previous: reportOf(u.reports, year - 1) }));
  const checklist = units[0] ? await checklistFor(db, units[0].id) : [];
  return current.map(({ unit, report, previous }) => {
    const r = unit.reports.find((x) => x.year === year);
    const sentAt = r?.sentAt ?? null;
    const sending = punctuality(sentAt, sendBy, now);
    let findings: UnitStatus["findings"] = null;
    if (report) {
      const compared: ComparedReport[] = [
        ...(previous ? [{ label: "上年报告", relation: "previous" as const, report: previous }] : []),
        ...current.filter((c) => c.unit.id !== unit.id && c.report).flatMap((c) => (c.report ? [{ label: c.unit.shortName || c.unit.name, relation: "sibling" as const, report: c.report }] : [])),
      ];
      const all = reviewChecks(report, { corpus: buildCorpus(compared), previous, checklist });
      findings = { blocking: all.filter((f) => f.severity === "blocking").length, warning: all.filter((f) => f.severity === "warning").length };
    }
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
      findings,
    };
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";
import type { ComparedReport, ReviewInputs } from "@/lib/report/review-checks";
import { ancestorIds } from "@/lib/server/access/report-target";
import { readContent } from "@/lib/server/reports/content";
import { checklistFor } from "./list-checklist";

/**
 * The sources of a report's review checks. A sibling unit's report is
 * compared only where the person may read it (the parent's reviewers), or
 * once it is published (public anyway): a district's drafter never receives
 * another district's draft. Last year's report is the same organization's,
 * which reading this report already allows.
 */
export async function reviewSources(db: Db, actor: Actor, reportId: string): Promise<ReviewInputs | null> {
  const current = await db.report.findUnique({ where: { id: reportId }, include: { organization: { include: { parent: true } } } });
  if (!current) return null;
  const { organization } = current;
  const previousRow = await db.report.findUnique({ where: { organizationId_year: { organizationId: organization.id, year: current.year - 1 } }, select: { content: true } });
  const previous = previousRow ? readContent(previousRow.content).report : null;
  const siblings = organization.parentId
    ? await db.report.findMany({
        where: { year: current.year, organizationId: { not: organization.id }, organization: { parentId: organization.parentId } },
        include: { organization: { select: { name: true, shortName: true } } },
        orderBy: { organization: { name: "asc" } },
      })
    : [];
  const ancestors = siblings.length ? await ancestorIds(db, siblings[0]?.organizationId ?? "") : [];
  const readable = siblings.filter((s) => s.status === "published" || can(actor, "read", { organizationId: s.organizationId, ancestorIds: ancestors, status: s.status }));
  const compared: ComparedReport[] = [
    ...(previous ? [{ label: "上年报告", relation: "previous" as const, report: previous }] : []),
    ...readable.map((s) => ({ label: s.organization.shortName || s.organization.name, relation: "sibling" as const, report: readContent(s.content).report })),
  ];
  const parent = organization.parent;
  return {
    compared,
    previous,
    checklist: await checklistFor(db, organization.id),
    deadlines: {
      reportDue: parent?.reportDue ?? "03-01",
      publishDue: parent?.publishDue ?? "04-01",
      sentAt: current.sentAt?.toISOString() ?? null,
      publishedAt: current.publishedAt?.toISOString() ?? null,
    },
  };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { ReportTarget } from "@/lib/access/permissions";
import { organizationTree } from "@/lib/server/organizations/organization-tree";

/** Parents of an organization, nearest first: one query whatever the depth. */
export async function ancestorIds(db: Db, organizationId: string): Promise<string[]> {
  return (await organizationTree(db)).ancestors(organizationId);
}

export async function reportTarget(db: Db, reportId: string): Promise<(ReportTarget & { reportId: string }) | null> {
  const row = await db.report.findUnique({
    where: { id: reportId },
    select: { organizationId: true, status: true, organization: { select: { parentReadsDrafts: true } } },
  });
  if (!row) return null;
  return {
    reportId,
    organizationId: row.organizationId,
    status: row.status,
    openToParent: row.organization.parentReadsDrafts,
    ancestorIds: await ancestorIds(db, row.organizationId),
  };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { ReportTarget } from "@/lib/access/permissions";
import { organizationTree } from "@/lib/server/organizations/organization-tree";

/** Parents of an organization, nearest first: one query whatever the depth. */
export async function ancestorIds(db: Db, organizationId: string): Promise<string[]> {
  return (await organizationTree(db)).ancestors(organizationId);
}

export async function reportTarget(db: Db, reportId: string): Promise<(ReportTarget & { reportId: string }) | null> {
  // Raw: read on every request about a report, past Prisma's per-query compiler (lib/db/adapter-raw.ts).
  const [row] = await db.raw.query<{ organizationId: string; status: string; parentReadsDrafts: boolean }>(
    `SELECT r."organizationId", r."status", o."parentReadsDrafts" FROM "Report" r JOIN "Organization" o ON o."id" = r."organizationId" WHERE r."id" = ?`,
    reportId,
  );
  if (!row) return null;
  return {
    reportId,
    organizationId: row.organizationId,
    status: row.status,
    openToParent: row.parentReadsDrafts,
    ancestorIds: await ancestorIds(db, row.organizationId),
  };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { ReportTarget } from "@/lib/access/permissions";

/** Parents of an organization, nearest first. Hierarchies are a few levels deep; the cap guards against a cycle. */
export async function ancestorIds(db: Db, organizationId: string): Promise<string[]> {
  const out: string[] = [];
  let id: string | null = organizationId;
  while (id && out.length < 20) {
    const org: { parentId: string | null } | null = await db.organization.findUnique({ where: { id }, select: { parentId: true } });
    id = org?.parentId ?? null;
    if (id) out.push(id);
  }
  return out;
}

export async function reportTarget(db: Db, reportId: string): Promise<(ReportTarget & { reportId: string }) | null> {
  const row = await db.report.findUnique({ where: { id: reportId }, select: { organizationId: true, status: true } });
  if (!row) return null;
  return { reportId, organizationId: row.organizationId, status: row.status, ancestorIds: await ancestorIds(db, row.organizationId) };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { administeredOrganizationIds } from "@/lib/server/organizations/admin-scope";

export const AUDIT_PAGE_SIZE = 500;

/**
 * The audit log as an administrator may read it, newest first: what
 * happened in their organizations (a line carries the acting person's
 * organization) and to the reports of those organizations (a city
 * reviewer's comment on a district's report is the district's business
 * too). Lines about no organization at all (a login attempt for a username
 * that does not exist) are shown to the administrators of a top-level
 * organization, who run the installation. Anyone else reads nothing.
 */
export async function auditEventsFor(db: Db, actor: Actor, take = AUDIT_PAGE_SIZE) {
  const organizations = await administeredOrganizationIds(db, actor);
  if (organizations.length === 0) return [];
  const reports = await db.report.findMany({ where: { organizationId: { in: organizations } }, select: { id: true } });
  const own = await db.organization.findUnique({ where: { id: actor.organizationId }, select: { parentId: true } });
  const unattributed = own?.parentId === null ? [{ organizationId: null, reportId: null }] : [];
  return db.auditEvent.findMany({
    where: { OR: [{ organizationId: { in: organizations } }, { reportId: { in: reports.map((r) => r.id) } }, ...unattributed] },
    orderBy: { at: "desc" },
    take,
  });
}

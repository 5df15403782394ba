import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { administeredOrganizationIds } from "@/lib/server/organizations/admin-scope";
import { dayStart } from "@/lib/time/format";
import type { AuditFilter } from "./audit-filter";

export const AUDIT_PAGE_SIZE = 50;
/** The most lines one CSV export holds; the page says so when a filter matches more. */
export const AUDIT_EXPORT_MAX = 50_000;

const DAY_MS = 86_400_000;

type Where = NonNullable<NonNullable<Parameters<Db["auditEvent"]["findMany"]>[0]>["where"]>;

/**
 * Which lines an administrator may read: what happened in their
 * organizations (a line carries the acting person's organization) and to
 * the reports of those organizations (a city reviewer's comment on a
 * district's report is the district's business too). Lines about no
 * organization at all (a login attempt for a username that does not exist)
 * are shown to the administrators of a top-level organization, who run the
 * installation. Anyone else reads nothing (null).
 *
 * The filters narrow that: one person (by username, as the log keeps it),
 * one organization (its lines and its reports'), one kind of action, days
 * from and to inclusive in the office's time zone.
 */
async function auditWhere(db: Db, actor: Actor, filter: Partial<AuditFilter>): Promise<Where | null> {
  const organizations = await administeredOrganizationIds(db, actor);
  if (organizations.length === 0) return null;
  const reportsOf = async (ids: string[]) => (await db.report.findMany({ where: { organizationId: { in: ids } }, select: { id: true } })).map((r) => r.id);
  const own = await db.organization.findUnique({ where: { id: actor.organizationId }, select: { parentId: true } });
  const unattributed = own?.parentId === null ? [{ organizationId: null, reportId: null }] : [];
  const scope: Where = { OR: [{ organizationId: { in: organizations } }, { reportId: { in: await reportsOf(organizations) } }, ...unattributed] };
  const and: Where[] = [scope];
  if (filter.organization) {
    // An organization outside the scope matches nothing rather than everything.
    const chosen = organizations.includes(filter.organization) ? [filter.organization] : [];
    and.push({ OR: [{ organizationId: { in: chosen } }, { reportId: { in: await reportsOf(chosen) } }] });
  }
  if (filter.person) and.push({ username: filter.person });
  if (filter.action) and.push({ action: filter.action });
  const from = filter.from ? dayStart(filter.from) : null;
  const to = filter.to ? dayStart(filter.to) : null;
  if (from) and.push({ at: { gte: from } });
  // The end day is inclusive: everything before the next day starts (a day is 24 h in China's zone).
  if (to) and.push({ at: { lt: new Date(to.getTime() + DAY_MS) } });
  return { AND: and };
}

/** One page of the filtered log, newest first, and how many lines match in all. */
export async function auditEventsFor(db: Db, actor: Actor, filter: Partial<AuditFilter> = {}) {
  const where = await auditWhere(db, actor, filter);
  if (!where) return { events: [], total: 0 };
  const page = filter.page ?? 1;
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total };
}

/** Every matching line for the CSV export, newest first, at most AUDIT_EXPORT_MAX. */
export async function auditEventsForExport(db: Db, actor: Actor, filter: Partial<AuditFilter>) {
  const where = await auditWhere(db, actor, filter);
  if (!where) return [];
  return db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: AUDIT_EXPORT_MAX });
}

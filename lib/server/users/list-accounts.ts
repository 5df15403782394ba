import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { administeredOrganizationIds } from "@/lib/server/organizations/admin-scope";

/** 系统管理's tables: the organizations an administrator manages and their accounts, nothing of anyone else's. */
export async function administeredOrganizations(db: Db, admin: Actor) {
  const ids = await administeredOrganizationIds(db, admin);
  return db.organization.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, include: { parent: { select: { name: true } } } });
}

export async function administeredAccounts(db: Db, admin: Actor) {
  const ids = await administeredOrganizationIds(db, admin);
  return db.user.findMany({ where: { organizationId: { in: ids } }, orderBy: { username: "asc" }, include: { organization: { select: { name: true } } } });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { visibleOrganizationIds } from "@/lib/server/organizations/visible-organization-ids";

/** The organizations whose reports a person may search, by name: the search form's 单位 choice. */
export async function searchableUnits(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  const ids = await visibleOrganizationIds(db, actor);
  if (ids.length <= 1) return [];
  return db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { visibleOrganizationIds } from "@/lib/server/organizations/visible-organization-ids";

/**
 * Above this many units the search form asks for part of a unit's name
 * instead of listing every unit: each choice is some 80 bytes of HTML and
 * as much again in React's payload, so a province's 5,000 made every search
 * page nearly 1 MB.
 */
export const UNIT_CHOICES = 100;

/**
 * The organizations whose reports a person may search, for the search
 * form's 单位: by name when there are at most UNIT_CHOICES (`units`), else
 * only how many (`count`; the form then filters by name).
 */
export async function searchableUnits(db: Db, actor: Actor): Promise<{ count: number; units: { id: string; name: string }[] }> {
  const ids = await visibleOrganizationIds(db, actor);
  if (ids.length <= 1 || ids.length > UNIT_CHOICES) return { count: ids.length, units: [] };
  const units = await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { count: ids.length, units };
}

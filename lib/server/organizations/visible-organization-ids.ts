import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";

/**
 * The organizations a person can see: their own and everything below it.
 * The hierarchy is small (a city and its units), so it is read once and
 * walked in memory rather than asking for each organization's parents.
 */
export async function visibleOrganizationIds(db: Db, actor: Actor): Promise<string[]> {
  const all = await db.organization.findMany({ select: { id: true, parentId: true } });
  const children = new Map<string, string[]>();
  for (const o of all) if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  const out: string[] = [];
  const queue = all.some((o) => o.id === actor.organizationId) ? [actor.organizationId] : [];
  // `out.includes` guards against a cycle an admin might create by hand in the database.
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (out.includes(id)) continue;
    out.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}

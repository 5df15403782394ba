import "server-only";
import type { Db } from "@/lib/db/client";

export interface OrganizationTree {
  /** Parents of an organization, nearest first. */
  ancestors(organizationId: string): string[];
  /** The organization and everything below it, breadth first; empty when it does not exist. */
  withDescendants(organizationId: string): string[];
}

/**
 * The hierarchy in one query. Even a province is a few thousand rows of two
 * ids, so it is read once and walked in memory, rather than asked level by
 * level or organization by organization. The walks stop at a cycle an admin
 * might create by hand in the database.
 */
export async function organizationTree(db: Db): Promise<OrganizationTree> {
  // Raw: read on every request (each authorization), past Prisma's per-query compiler (lib/db/adapter-raw.ts).
  const all = await db.raw.query<{ id: string; parentId: string | null }>(`SELECT "id", "parentId" FROM "Organization"`);
  const parent = new Map(all.map((o) => [o.id, o.parentId]));
  const children = new Map<string, string[]>();
  for (const o of all) {
    if (!o.parentId) continue;
    const siblings = children.get(o.parentId);
    if (siblings) siblings.push(o.id);
    else children.set(o.parentId, [o.id]);
  }
  return {
    ancestors(organizationId) {
      const out: string[] = [];
      for (let id = parent.get(organizationId) ?? null; id && !out.includes(id) && id !== organizationId; id = parent.get(id) ?? null) out.push(id);
      return out;
    },
    withDescendants(organizationId) {
      if (!parent.has(organizationId)) return [];
      // Breadth first through a growing list (no shift(): a province's level holds thousands).
      const seen = new Set<string>([organizationId]);
      const order = [organizationId];
      for (let i = 0; i < order.length; i++) {
        for (const child of children.get(order[i] ?? "") ?? []) {
          if (seen.has(child)) continue;
          seen.add(child);
          order.push(child);
        }
      }
      return order;
    },
  };
}

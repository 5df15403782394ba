import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { organizationTree } from "./organization-tree";

/** The organizations a person can see: their own and everything below it. */
export async function visibleOrganizationIds(db: Db, actor: Actor): Promise<string[]> {
  return (await organizationTree(db)).withDescendants(actor.organizationId);
}

import "server-only";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";
import { ancestorIds } from "@/lib/server/access/report-target";

/**
 * Whether the actor may create a report for the organization: the rule the
 * actions check first (authorizeOrganization), asked again where the write
 * happens, so no caller can forget it.
 */
export async function mayCreate(db: Db, actor: Actor, organizationId: string): Promise<boolean> {
  return can(actor, "create", { organizationId, ancestorIds: await ancestorIds(db, organizationId), status: "draft" });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { isAdmin } from "@/lib/access/permissions";
import { REFUSALS } from "@/lib/server/actions/action.schema";
import type { Authorize } from "@/lib/server/actions/action";
import { recordEvent } from "@/lib/server/audit/record-event";
import { db as appDb } from "@/lib/server/db";
import { visibleOrganizationIds } from "./visible-organization-ids";

/**
 * The organizations an administrator manages: their own and every one below
 * it, as a parent organization follows its units' reports. A city's
 * administrator sets up its districts; a district's, its own departments;
 * nobody manages an organization beside or above their own. Anyone who is
 * not an administrator manages none.
 */
export async function administeredOrganizationIds(db: Db, actor: Actor): Promise<string[]> {
  return isAdmin(actor) ? visibleOrganizationIds(db, actor) : [];
}

/**
 * For an administrator's action on one organization (an account in it, a
 * unit under it): allowed within their organizations only. An id that names
 * nothing is refused alike, and every refusal is logged.
 */
export function asAdminOf<I>(organizationOf: (input: I) => string): Authorize<I> {
  return async (actor, input) => {
    const target = organizationOf(input);
    if ((await administeredOrganizationIds(appDb(), actor)).includes(target)) return null;
    await recordEvent(appDb(), { action: "forbidden", actor, detail: `admin form: organization ${target}` });
    return REFUSALS.forbidden;
  };
}

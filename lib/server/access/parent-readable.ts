import "server-only";
import { PARENT_READABLE_STATUSES } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";

/**
 * The reports a list may show to this person, as a Prisma filter: their own
 * organization's, and below it those its parent may read (from 已报送 on, or
 * earlier where the unit allows it) — the rule of `can`, for queries.
 */
export function parentReadable(actor: Actor) {
  return [
    { organizationId: actor.organizationId },
    { status: { in: [...PARENT_READABLE_STATUSES] } },
    { organization: { parentReadsDrafts: true } },
  ];
}

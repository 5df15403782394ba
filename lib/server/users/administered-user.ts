import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse, type Refusal } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { administeredOrganizationIds } from "@/lib/server/organizations/admin-scope";

export interface AdministeredUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  organizationId: string;
  disabled: boolean;
}

/**
 * An account an administrator may manage: one in their organization or one
 * below it. The input names a user, not an organization, so the action
 * helper cannot check the scope; every operation on an account asks here. An
 * id of someone else's account is refused like one that names nobody, and
 * logged.
 */
export async function administeredUser(db: Db, admin: Actor, userId: string, what: string): Promise<AdministeredUser | Refusal<"missing">> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, displayName: true, role: true, organizationId: true, disabled: true },
  });
  if (user && (await administeredOrganizationIds(db, admin)).includes(user.organizationId)) return user;
  if (user) await recordEvent(db, { action: "forbidden", actor: admin, detail: `${what}：账号 ${user.username}（不在管理范围内）` });
  return refuse("missing", "账号不存在");
}

export const isRefusal = <T extends object>(value: T | Refusal): value is Refusal => "ok" in value && value.ok === false;

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { recordEvent } from "@/lib/server/audit/record-event";
import { throttleKey } from "@/lib/server/auth/login-throttle";
import { administeredUser, isRefusal } from "./administered-user";
import type { UnlockUserInput, UnlockUserResult } from "./unlock-user.schema";

/**
 * An administrator lifts a login lock on an account of their organization
 * or one below it, before its fifteen minutes are up. The count, the lock
 * and the audit line go together.
 */
export async function unlockUser(db: Db, admin: Actor, input: UnlockUserInput): Promise<UnlockUserResult> {
  const user = await administeredUser(db, admin, input.userId, "解锁");
  if (isRefusal(user)) return user;
  return db.transaction(async (tx) => {
    const { count } = await tx.loginThrottle.deleteMany({ where: { key: throttleKey("account", user.username), lockedUntil: { gt: new Date() } } });
    if (count > 0) await recordEvent(tx, { action: "unlock", actor: admin, organizationId: user.organizationId, detail: `账号 ${user.username}（${user.displayName}）` });
    return { ok: true, wasLocked: count > 0 } as const;
  });
}

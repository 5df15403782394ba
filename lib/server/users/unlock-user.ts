import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { ancestorIds } from "@/lib/server/access/report-target";
import { recordEvent } from "@/lib/server/audit/record-event";
import { throttleKey } from "@/lib/server/auth/login-throttle";
import type { UnlockUserInput, UnlockUserResult } from "./unlock-user.schema";

/**
 * An administrator lifts a login lock on an account of their organization
 * or one below it, before its fifteen minutes are up. The count, the lock
 * and the audit line go together.
 */
export async function unlockUser(db: Db, admin: Actor, input: UnlockUserInput): Promise<UnlockUserResult> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { username: true, organizationId: true } });
  if (!user) return refuse("missing", "账号不存在");
  const scope = [user.organizationId, ...(await ancestorIds(db, user.organizationId))];
  if (!scope.includes(admin.organizationId)) {
    await recordEvent(db, { action: "forbidden", actor: admin, detail: `unlock ${user.username}` });
    return refuse("forbidden", "您无权进行此操作");
  }
  return db.transaction(async (tx) => {
    const { count } = await tx.loginThrottle.deleteMany({ where: { key: throttleKey("account", user.username), lockedUntil: { gt: new Date() } } });
    if (count > 0) await recordEvent(tx, { action: "unlock", actor: admin, organizationId: user.organizationId, detail: user.username });
    return { ok: true, wasLocked: count > 0 } as const;
  });
}

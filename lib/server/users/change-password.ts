import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ChangePasswordInput, ChangePasswordResult } from "./change-password.schema";

/** A person's new password, after the current one; the change and its audit line are one transaction. */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordInput): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
    return invalid([{ path: "current", message: "当前密码不正确" }]);
  }
  const passwordHash = await hashPassword(input.next);
  return db.transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await recordEvent(tx, { action: "password_change", actor });
    return { ok: true } as const;
  });
}

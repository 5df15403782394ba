import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { commonPasswordProblem } from "@/lib/security/common-passwords";
import { endOtherSessions } from "@/lib/server/auth/sessions";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ChangePasswordInput, ChangePasswordResult } from "./change-password.schema";

/**
 * A person's new password, after the current one. Every other session of
 * the account ends with it (whoever knew the old password is signed out);
 * the one the change was made from stays. The change, the ended sessions
 * and the audit line are one transaction. A password an administrator
 * reset (mustChangePassword) is no longer required to be changed after it.
 */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordInput, currentToken?: string): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
    return invalid([{ path: "current", message: "当前密码不正确" }]);
  }
  const weak = commonPasswordProblem(input.next, actor.username);
  if (weak) return invalid([{ path: "next", message: weak }]);
  const passwordHash = await hashPassword(input.next);
  return db.transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    const ended = await endOtherSessions(tx, actor.id, currentToken);
    await recordEvent(tx, { action: "password_change", actor, detail: ended > 0 ? `同时结束其他${ended}个会话` : "" });
    return { ok: true } as const;
  });
}

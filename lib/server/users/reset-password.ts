import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { hashPassword } from "@/lib/security/password";
import { commonPasswordProblem } from "@/lib/security/common-passwords";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { throttleKey } from "@/lib/server/auth/login-throttle";
import { administeredUser, isRefusal } from "./administered-user";
import type { ResetPasswordInput, ResetPasswordResult } from "./reset-password.schema";

/**
 * 重置密码: for a person who forgot theirs. The administrator sets a
 * temporary password and tells it to them; at their next login they must
 * choose their own before anything else (mustChangePassword), so the
 * administrator never knows the password in use. Every session of the
 * account ends and a login lock is lifted, with the audit line, in one
 * transaction.
 */
export async function resetPassword(db: Db, admin: Actor, input: ResetPasswordInput): Promise<ResetPasswordResult> {
  const user = await administeredUser(db, admin, input.userId, "重置密码");
  if (isRefusal(user)) return user;
  if (user.id === admin.id) return invalid([{ path: "password", message: "请在“我的账号”中修改自己的密码" }]);
  const weak = commonPasswordProblem(input.password, user.username);
  if (weak) return invalid([{ path: "password", message: weak }]);
  // Hashing is slow on purpose: done before the transaction, which then holds its locks only for the writes.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true } });
    const ended = (await tx.session.deleteMany({ where: { userId: user.id } })).count;
    await tx.loginThrottle.deleteMany({ where: { key: throttleKey("account", user.username) } });
    await recordEvent(tx, {
      action: "reset_password",
      actor: admin,
      organizationId: user.organizationId,
      detail: `账号 ${user.username}（${user.displayName}），下次登录须修改密码${ended > 0 ? `；结束其${ended}个会话` : ""}`,
    });
    return { ok: true } as const;
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { refuse, type Done } from "@/lib/server/actions/action.schema";
import type { LogInRefusal } from "./log-in.schema";
import { createSession } from "./sessions";

/** Five wrong passwords in a row lock the account for fifteen minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type LogInResult = Done<{ token: string; expiresAt: Date }> | LogInRefusal;

const WRONG = refuse("unauthenticated", "用户名或密码不正确");
const locked = (until: Date) =>
  refuse("forbidden", `密码错误次数过多，账号已锁定至 ${until.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false })}`);

// Verifying against a real hash when the user does not exist keeps the
// response time the same, so timing does not reveal which usernames exist.
let decoy: Promise<string> | undefined;

export async function logIn(db: Db, input: { username: string; password: string }): Promise<LogInResult> {
  const username = input.username.trim();
  const user = await db.user.findUnique({ where: { username } });
  if (!user || user.disabled) {
    decoy ??= hashPassword("decoy-password-never-used");
    await verifyPassword(await decoy, input.password);
    await recordEvent(db, { action: "failed_login", username, detail: user ? "账号已停用" : "用户名不存在" });
    return WRONG;
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordEvent(db, { action: "failed_login", username, organizationId: user.organizationId, detail: "账号锁定中" });
    return locked(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    // The count (or the lock) and its audit line are one transaction.
    await db.transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: lock ? { failedLogins: 0, lockedUntil: until } : { failedLogins: failed },
      });
      await recordEvent(tx, { action: lock ? "locked" : "failed_login", username, organizationId: user.organizationId, detail: `连续失败${failed}次` });
    });
    return lock ? locked(until) : WRONG;
  }
  return db.transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    const session = await createSession(tx, user.id);
    await recordEvent(tx, { action: "login", username, organizationId: user.organizationId });
    return { ok: true, ...session } as const;
  });
}

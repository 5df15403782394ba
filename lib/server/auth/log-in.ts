import "server-only";
import type { Db } from "@/lib/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { refuse, type Done } from "@/lib/server/actions/action.schema";
import type { LogInRefusal } from "./log-in.schema";
import { forgetOldAttempts, forgiveAttempt, lockIfLimit, reserveAttempt, THROTTLES } from "./login-throttle";
import { createSession, type SessionClient } from "./sessions";
import { formatTime } from "@/lib/time/format";

/** Five wrong passwords for one name lock it for fifteen minutes (lib/server/auth/login-throttle.ts). */
export const MAX_FAILED_LOGINS = THROTTLES.account.max;
export const LOCK_MINUTES = THROTTLES.account.lockMinutes;

export type LogInResult = Done<{ token: string; expiresAt: Date }> | LogInRefusal;

// The office's time (lib/time), not the server's: a lock read in Beijing must say Beijing's hour.
const chinaTime = (d: Date) => formatTime(d);
const WRONG = refuse("unauthenticated", "用户名或密码不正确");
// The same words whether or not the account exists: names that were never accounts lock alike.
const locked = (until: Date) => refuse("forbidden", `密码错误次数过多，账号已锁定至 ${chinaTime(until)}；如需提前解锁，请联系管理员`);
const paused = (until: Date) => refuse("forbidden", `本机登录失败次数过多，请在 ${chinaTime(until)} 后再试`);

// Verifying against a real hash when the user does not exist keeps the
// work the same, so timing does not reveal which usernames exist.
let decoy: Promise<string> | undefined;

const NO_CLIENT: SessionClient = { address: "unknown", userAgent: "" };

/**
 * 登录. Each attempt is numbered per client address and per name before the
 * password is checked (see login-throttle), for existing and unknown names
 * alike; a wrong password, a lock and its audit lines are one transaction.
 */
export async function logIn(db: Db, input: { username: string; password: string }, client: SessionClient = NO_CLIENT): Promise<LogInResult> {
  const username = input.username.trim();
  const { address } = client;
  const byAddress = await reserveAttempt(db, "address", address);
  if (!byAddress.ok) {
    await recordEvent(db, { action: "failed_login", username, detail: `本机（${address}）登录暂停中` });
    return paused(byAddress.until);
  }
  const byName = await reserveAttempt(db, "account", username);
  if (!byName.ok) {
    await recordEvent(db, { action: "failed_login", username, detail: "账号锁定中" });
    return locked(byName.until);
  }
  const user = await db.user.findUnique({ where: { username } });
  const usable = user && !user.disabled ? user : null;
  decoy ??= hashPassword("decoy-password-never-used");
  const right = (await verifyPassword(usable?.passwordHash ?? (await decoy), input.password)) && usable !== null;

  if (!usable || !right) {
    const reason = !user ? "用户名不存在" : user.disabled ? "账号已停用" : "密码错误";
    const organizationId = user?.organizationId;
    return db.transaction(async (tx) => {
      const nameLock = await lockIfLimit(tx, "account", username, byName.n);
      const addressLock = await lockIfLimit(tx, "address", address, byAddress.n);
      await recordEvent(tx, { action: "failed_login", username, organizationId, detail: `${reason}（第${byName.n}次）` });
      if (nameLock) await recordEvent(tx, { action: "locked", username, organizationId, detail: `连续失败${byName.n}次，锁定至 ${chinaTime(nameLock)}` });
      if (addressLock) await recordEvent(tx, { action: "locked", username, detail: `本机（${address}）登录失败${byAddress.n}次，暂停至 ${chinaTime(addressLock)}` });
      return nameLock ? locked(nameLock) : addressLock ? paused(addressLock) : WRONG;
    });
  }
  const session = await db.transaction(async (tx) => {
    await forgiveAttempt(tx, "account", username, byName.n);
    await forgiveAttempt(tx, "address", address, byAddress.n);
    const created = await createSession(tx, usable.id, client);
    await recordEvent(tx, { action: "login", username, organizationId: usable.organizationId });
    return created;
  });
  await forgetOldAttempts(db);
  return { ok: true, ...session };
}

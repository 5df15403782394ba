import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";

/**
 * Failed logins counted in the database (LoginThrottle), per account name
 * and per client address. An attempt takes its number *before* the password
 * is checked, in one conditional UPDATE, so forty simultaneous guesses get
 * numbers 1…40 and only the first few are ever checked: a burst cannot slip
 * the right password in after the limit, on SQLite or on PostgreSQL (where
 * the UPDATE's row lock orders them).
 */
export const THROTTLES = {
  /** Five wrong passwords lock the name for fifteen minutes (whether or not the account exists). */
  account: { max: 5, lockMinutes: 15 },
  /** One client trying many names: twenty failures from one address pause it for fifteen minutes. */
  address: { max: 20, lockMinutes: 15 },
} as const;
export type ThrottleKind = keyof typeof THROTTLES;

export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${value}`;

/** An attempt's number, or the lock that refused it. */
export type Reservation = { ok: true; n: number } | { ok: false; until: Date };

const minutesFrom = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

/**
 * Takes the next attempt on a key, in single statements (no interactive
 * transaction, so a burst does not queue for connections): the increment
 * is one UPDATE … RETURNING, whose row lock orders simultaneous attempts.
 * The attempt that reaches the limit locks the key at once, provisionally:
 * later attempts are refused while it is checked, and the lock ends by
 * itself even if that check never finishes. Its outcome then confirms the
 * lock (lockIfLimit) or lifts it (forgiveAttempt).
 */
export async function reserveAttempt(db: Db, kind: ThrottleKind, value: string, now = new Date()): Promise<Reservation> {
  const key = throttleKey(kind, value);
  const { max, lockMinutes } = THROTTLES[kind];
  const until = minutesFrom(now, lockMinutes);
  // A lock that has run out starts the count again.
  await db.loginThrottle.updateMany({ where: { key, lockedUntil: { lte: now } }, data: { failures: 0, lockedUntil: null } });
  for (let tries = 0; tries < 3; tries++) {
    let n: number;
    try {
      n = (await db.loginThrottle.update({ where: { key, lockedUntil: null }, data: { failures: { increment: 1 } }, select: { failures: true } })).failures;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      const row = await db.loginThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
      if (row?.lockedUntil) return { ok: false, until: row.lockedUntil };
      if (row) continue; // unlocked between the two statements
      try {
        await db.loginThrottle.create({ data: { key, failures: 1 } });
        n = 1;
      } catch (createError) {
        // Two first attempts at once: one created the row, the other counts on it.
        if (isUniqueViolation(createError)) continue;
        throw createError;
      }
    }
    if (n >= max) await db.loginThrottle.updateMany({ where: { key, lockedUntil: null }, data: { lockedUntil: until } });
    return n > max ? { ok: false, until } : { ok: true, n };
  }
  return { ok: false, until };
}

/** Prisma's "the record to update was not found" (P2025), on either database. */
function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}

/** After a wrong password: the attempt that reached the limit locks the key. Returns the lock's end, or null. */
export async function lockIfLimit(tx: Tx, kind: ThrottleKind, value: string, n: number, now = new Date()): Promise<Date | null> {
  const { max, lockMinutes } = THROTTLES[kind];
  if (n < max) return null;
  const until = minutesFrom(now, lockMinutes);
  await tx.loginThrottle.updateMany({ where: { key: throttleKey(kind, value) }, data: { failures: 0, lockedUntil: until } });
  return until;
}

/**
 * After the right password on attempt n: the account's count starts again;
 * the address only gets this attempt back (and the provisional lock, if this
 * attempt set it), so logging in to one's own account does not wipe what the
 * same client tried on others.
 */
export async function forgiveAttempt(tx: Tx, kind: ThrottleKind, value: string, n: number): Promise<void> {
  const key = throttleKey(kind, value);
  const lift = n >= THROTTLES[kind].max ? { lockedUntil: null } : {};
  if (kind === "account") await tx.loginThrottle.updateMany({ where: { key }, data: { failures: 0, lockedUntil: null } });
  else await tx.loginThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 }, ...lift } });
}

/** Whether an account name is locked now (the admin page shows it, and may unlock). */
export async function lockedNames(db: Db, usernames: string[], now = new Date()): Promise<Set<string>> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: usernames.map((u) => throttleKey("account", u)) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return new Set(rows.map((r) => r.key.slice("account:".length)));
}

/**
 * Forgets counts untouched for a day (names tried once, addresses long
 * gone), so the table stays small and old failures do not add up with new
 * ones. Run after each successful login.
 */
export async function forgetOldAttempts(db: Db, now = new Date()): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  await db.loginThrottle.deleteMany({ where: { updatedAt: { lt: dayAgo }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] } });
}

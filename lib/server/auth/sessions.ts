import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";

export const SESSION_COOKIE = "fazhi_session";
/** Idle time after which a session ends; use within it extends it… */
export const SESSION_HOURS = 8;
/** …but never beyond this many hours after the login (ASVS 3.3: an absolute lifetime beside the idle one). */
export const SESSION_MAX_HOURS = 12;
const hours = (n: number) => n * 3600_000;

/** Where a session was opened from, shown on 我的账号 so a person can tell their sessions apart. */
export interface SessionClient {
  address: string;
  userAgent: string;
}

/** Only the token's hash is stored: whoever reads the table cannot log in with it. */
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** The idle deadline from now, cut at the absolute end. */
const idleDeadline = (createdAt: number, now: number) => new Date(Math.min(now + hours(SESSION_HOURS), createdAt + hours(SESSION_MAX_HOURS)));

export async function createSession(db: Tx, userId: string, client?: SessionClient): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  const expiresAt = idleDeadline(now, now);
  await db.session.create({
    data: { id: digest(token), userId, expiresAt, createdAt: new Date(now), userAgent: (client?.userAgent ?? "").slice(0, 300), address: (client?.address ?? "").slice(0, 100) },
  });
  return { token, expiresAt };
}

/** The person behind a session token, or null when it is unknown, expired or the account is disabled. */
export async function sessionActor(db: Db, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  // Raw: read on every request, past Prisma's per-query compiler (lib/db/adapter-raw.ts).
  const [session] = await db.raw.query<{
    id: string;
    expiresAt: Date;
    createdAt: Date;
    userId: string;
    username: string;
    displayName: string;
    role: string;
    organizationId: string;
    disabled: boolean;
    mustChangePassword: boolean;
  }>(
    `SELECT s."id", s."expiresAt", s."createdAt", u."id" AS "userId", u."username", u."displayName", u."role", u."organizationId", u."disabled", u."mustChangePassword"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?`,
    digest(token),
  );
  if (!session) return null;
  const now = Date.now();
  const role = session.role;
  const createdAt = session.createdAt.getTime();
  if (session.expiresAt.getTime() <= now || createdAt + hours(SESSION_MAX_HOURS) <= now || session.disabled || !isRole(role)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  // Extend lazily: at most one write per half-life, not one per request; never past the absolute end.
  const next = idleDeadline(createdAt, now);
  if (session.expiresAt.getTime() - now < hours(SESSION_HOURS / 2) && next.getTime() > session.expiresAt.getTime()) {
    await db.session.update({ where: { id: session.id }, data: { expiresAt: next } });
  }
  const actor: Actor = { id: session.userId, username: session.username, displayName: session.displayName, role, organizationId: session.organizationId };
  return session.mustChangePassword ? { ...actor, mustChangePassword: true } : actor;
}

export async function endSession(db: Tx, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: digest(token) } });
}

/** Ends every session of the account but the one whose token is given (none kept when it is undefined). Returns how many ended. */
export async function endOtherSessions(db: Tx, userId: string, keepToken: string | undefined): Promise<number> {
  const keep = keepToken ? { id: { not: digest(keepToken) } } : {};
  return (await db.session.deleteMany({ where: { userId, ...keep } })).count;
}

/** One's own live sessions, newest first, with the one this token belongs to marked. */
export async function listSessions(db: Db, userId: string, currentToken: string | undefined) {
  const now = new Date();
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now }, createdAt: { gt: new Date(now.getTime() - hours(SESSION_MAX_HOURS)) } },
    orderBy: { createdAt: "desc" },
  });
  const current = currentToken ? digest(currentToken) : null;
  return rows.map((s) => ({ createdAt: s.createdAt, expiresAt: s.expiresAt, userAgent: s.userAgent, address: s.address, current: s.id === current }));
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";

export const SESSION_COOKIE = "fazhi_session";
/** Idle time after which a session ends; every use within it extends it. */
export const SESSION_HOURS = 8;

const hours = (n: number) => n * 3600_000;
/** Only the token's hash is stored: whoever reads the table cannot log in with it. */
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: Tx, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + hours(SESSION_HOURS));
  await db.session.create({ data: { id: digest(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The person behind a session token, or null when it is unknown, expired or the account is disabled. */
export async function sessionActor(db: Db, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const session = await db.session.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!session) return null;
  const now = Date.now();
  const { user } = session;
  const role = user.role;
  if (session.expiresAt.getTime() <= now || user.disabled || !isRole(role)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  // Extend lazily: at most one write per half-life, not one per request.
  if (session.expiresAt.getTime() - now < hours(SESSION_HOURS / 2)) {
    await db.session.update({ where: { id: session.id }, data: { expiresAt: new Date(now + hours(SESSION_HOURS)) } });
  }
  return { id: user.id, username: user.username, displayName: user.displayName, role, organizationId: user.organizationId };
}

export async function endSession(db: Tx, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: digest(token) } });
}

import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import type { Db } from "@/lib/db/client";
import { isRole, type Actor } from "@/lib/access/roles";
import { changePassword } from "@/lib/server/users/change-password";
import { endMyOtherSessions } from "./end-other-sessions";
import { logIn } from "./log-in";
import { listSessions, SESSION_HOURS, SESSION_MAX_HOURS, sessionActor } from "./sessions";

const HOUR = 3600_000;

async function signIn(db: Db, username: string, userAgent = "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0") {
  const result = await logIn(db, { username, password: DEMO_PASSWORD }, { address: "192.0.2.1", userAgent });
  if (!result.ok) throw new Error(result.message);
  return result.token;
}

async function actor(db: Db, username: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/** Moves every session of the database back in time, as if the hours had passed. */
async function age(db: Db, hours: number, stillUsed: boolean) {
  for (const s of await db.session.findMany()) {
    await db.session.update({
      where: { id: s.id },
      data: { createdAt: new Date(s.createdAt.getTime() - hours * HOUR), expiresAt: stillUsed ? s.expiresAt : new Date(s.expiresAt.getTime() - hours * HOUR) },
    });
  }
}

describeEachDatabase("sessions", (get) => {
  it(`ends a session ${SESSION_MAX_HOURS} hours after login however busily it was used`, async () => {
    const { db } = get();
    await seedDemo(db);
    const token = await signIn(db, "drafter");
    // Used all along: the idle deadline keeps moving, but not the absolute one.
    await age(db, SESSION_MAX_HOURS - 1, true);
    expect(await sessionActor(db, token)).toMatchObject({ username: "drafter" });
    await age(db, 1, true);
    expect(await sessionActor(db, token)).toBeNull();
  });

  it(`ends a session after ${SESSION_HOURS} idle hours`, async () => {
    const { db } = get();
    await seedDemo(db);
    const token = await signIn(db, "drafter");
    await age(db, SESSION_HOURS, false);
    expect(await sessionActor(db, token)).toBeNull();
  });

  it("signs out every other session of the account when its password changes, keeping the one it was changed from", async () => {
    const { db } = get();
    await seedDemo(db);
    const [here, laptop, phone] = [await signIn(db, "reviewer"), await signIn(db, "reviewer"), await signIn(db, "reviewer")];
    const someoneElse = await signIn(db, "drafter");
    const result = await changePassword(db, await actor(db, "reviewer"), { current: DEMO_PASSWORD, next: "Zh7#qLp2-Wv", repeat: "Zh7#qLp2-Wv" }, here);
    expect(result).toEqual({ ok: true });
    expect(await sessionActor(db, here)).toMatchObject({ username: "reviewer" });
    expect(await sessionActor(db, laptop)).toBeNull();
    expect(await sessionActor(db, phone)).toBeNull();
    expect(await sessionActor(db, someoneElse)).toMatchObject({ username: "drafter" });
  });

  it("refuses a common or guessable new password", async () => {
    const { db } = get();
    await seedDemo(db);
    const admin = await actor(db, "admin");
    for (const next of ["password123", "12345678", "qwertyuiop", "admin2024!", "fazhi-2024", "woaini1314"]) {
      expect(await changePassword(db, admin, { current: DEMO_PASSWORD, next, repeat: next })).toMatchObject({ ok: false, issues: [{ path: "next" }] });
    }
  });

  it("lists one's own sessions with where they came from, and ends the others on request", async () => {
    const { db } = get();
    await seedDemo(db);
    const here = await signIn(db, "city", "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0");
    await signIn(db, "city", "Mozilla/5.0 (Macintosh; Mac OS X 14) Firefox/121.0");
    await signIn(db, "drafter");
    const listed = await listSessions(db, (await actor(db, "city")).id, here);
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.map((s) => s.address)).toEqual(["192.0.2.1", "192.0.2.1"]);
    expect(await endMyOtherSessions(db, await actor(db, "city"), here)).toEqual({ ok: true, ended: 1 });
    expect(await listSessions(db, (await actor(db, "city")).id, here)).toMatchObject([{ current: true }]);
    expect(await db.auditEvent.count({ where: { action: "end_sessions", username: "city" } })).toBe(1);
  });
});

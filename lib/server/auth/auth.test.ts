import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { logIn, MAX_FAILED_LOGINS } from "./log-in";
import { endSession, sessionActor } from "./sessions";

const LOCKED = /^密码错误次数过多，账号已锁定至 \d\d:\d\d；如需提前解锁，请联系管理员$/;

describeEachDatabase("accounts and sessions", (get) => {
  it("logs in with the right password, and the session names the person and their role", async () => {
    const { db } = get();
    await seedDemo(db);
    const result = await logIn(db, { username: "drafter", password: DEMO_PASSWORD });
    if (!result.ok) throw new Error(result.status);
    const actor = await sessionActor(db, result.token);
    expect(actor).toMatchObject({ username: "drafter", role: "drafter", displayName: "老城区起草人" });
    const stored = await db.session.findMany({ where: { userId: actor?.id } });
    expect(stored.map((s) => s.id)).not.toContain(result.token);
    await endSession(db, result.token);
    expect(await sessionActor(db, result.token)).toBeNull();
  });

  it("refuses a wrong password and an unknown user alike, and logs both", async () => {
    const { db } = get();
    await seedDemo(db);
    const wrong = { ok: false, status: "unauthenticated", message: "用户名或密码不正确" };
    expect(await logIn(db, { username: "reviewer", password: "wrong-password" })).toEqual(wrong);
    expect(await logIn(db, { username: "nobody", password: "whatever1" })).toEqual(wrong);
    const events = await db.auditEvent.findMany({ where: { action: "failed_login" } });
    expect(events.map((e) => e.username)).toEqual(expect.arrayContaining(["reviewer", "nobody"]));
  });

  it(`locks an account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right one, and logs it`, async () => {
    const { db } = get();
    await seedDemo(db);
    const results = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      const result = await logIn(db, { username: "city", password: `bad-${i}-pass` });
      results.push(result.ok ? "ok" : result.status);
    }
    expect(results).toEqual([...Array(MAX_FAILED_LOGINS - 1).fill("unauthenticated"), "forbidden"]);
    expect(await logIn(db, { username: "city", password: DEMO_PASSWORD })).toMatchObject({ ok: false, status: "forbidden", message: expect.stringMatching(LOCKED) });
    expect(await db.auditEvent.count({ where: { action: "locked", username: "city" } })).toBe(1);
  });

  it("ends an expired session and ignores a forged token", async () => {
    const { db } = get();
    await seedDemo(db);
    const result = await logIn(db, { username: "xigong", password: DEMO_PASSWORD });
    if (!result.ok) throw new Error(result.status);
    await db.session.updateMany({ where: {}, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionActor(db, result.token)).toBeNull();
    expect(await sessionActor(db, "forged-token")).toBeNull();
    expect(await sessionActor(db, undefined)).toBeNull();
  });
});

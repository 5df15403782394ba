import { expect, it } from "vitest";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import type { Db } from "@/lib/db/client";
import { logIn, MAX_FAILED_LOGINS } from "./log-in";
import { THROTTLES } from "./login-throttle";

const LOCKED = /^密码错误次数过多，账号已锁定至 \d\d:\d\d；如需提前解锁，请联系管理员$/;
const PAUSED = /^本机登录失败次数过多，请在 \d\d:\d\d 后再试$/;

/** How many passwords were really checked for a name: each check writes "…（第n次）". */
const checked = async (db: Db, username: string) =>
  (await db.auditEvent.findMany({ where: { action: "failed_login", username } })).filter((e) => /（第\d+次）$/.test(e.detail)).length;

/** Each burst from its own address, so only the account's limit is in play. */
let client = 0;
const from = () => ({ address: `10.0.0.${++client}`, userAgent: "test" });

describeEachDatabase("logins under attack", (get) => {
  it(`checks only ${MAX_FAILED_LOGINS} of 40 simultaneous wrong passwords, then the right one is refused`, async () => {
    const { db } = get();
    await seedDemo(db);
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => logIn(db, { username: "city", password: `guess-${i}-x` }, from())));
    expect(burst.every((r) => !r.ok)).toBe(true);
    expect(await checked(db, "city")).toBe(MAX_FAILED_LOGINS);
    expect(await db.auditEvent.count({ where: { action: "locked", username: "city" } })).toBe(1);
    expect(await logIn(db, { username: "city", password: DEMO_PASSWORD }, from())).toMatchObject({ ok: false, message: expect.stringMatching(LOCKED) });
  });

  it("never accepts the right password among 39 simultaneous wrong ones once the limit is reached", async () => {
    const { db } = get();
    await seedDemo(db);
    // One attempt short of the limit: of the burst, at most one password may still be checked.
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await logIn(db, { username: "reviewer", password: `before-${i}-x` }, from());
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 39 ? DEMO_PASSWORD : `guess-${i}-x`));
    const burst = await Promise.all(attempts.map((password) => logIn(db, { username: "reviewer", password }, from())));
    const accepted = burst.filter((r) => r.ok).length;
    const checkedInBurst = (await checked(db, "reviewer")) - (MAX_FAILED_LOGINS - 1);
    if (accepted) {
      // The right password took the one attempt left; its success starts the count again for whatever came after.
      expect(checkedInBurst).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    } else {
      // A wrong password took the last attempt and locked the account: the right one was never checked.
      expect(checkedInBurst).toBe(1);
      expect(burst.every((r) => !r.ok && LOCKED.test(r.message))).toBe(true);
    }
  });

  it("answers an unknown name exactly as a real one: the same words, the same lock", async () => {
    const { db } = get();
    await seedDemo(db);
    const tryAll = async (username: string) => {
      const out = [];
      for (let i = 0; i <= MAX_FAILED_LOGINS; i++) {
        const r = await logIn(db, { username, password: `wrong-${i}-x` }, from());
        out.push(r.ok ? "ok" : r.message.replace(/\d\d:\d\d/, "HH:MM"));
      }
      return out;
    };
    const real = await tryAll("drafter");
    expect(await tryAll("no-such-person")).toEqual(real);
    expect(real.at(-1)).toMatch(/账号已锁定至 HH:MM/);
  });

  it(`pauses one client address after ${THROTTLES.address.max} failures, whatever names it tries`, async () => {
    const { db } = get();
    await seedDemo(db);
    const attacker = { address: "203.0.113.7", userAgent: "script" };
    const names = ["drafter", "reviewer", "city", "admin", "xigong", "ghost-1", "ghost-2"];
    const results = [];
    for (let i = 0; i < THROTTLES.address.max; i++) results.push(await logIn(db, { username: names[i % names.length] ?? "x", password: `pw-${i}-guess` }, attacker));
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(PAUSED) });
    // Paused for every name, even the right password; another address is not affected.
    expect(await logIn(db, { username: "xigong", password: DEMO_PASSWORD }, attacker)).toMatchObject({ ok: false, message: expect.stringMatching(PAUSED) });
    expect(await logIn(db, { username: "xigong", password: DEMO_PASSWORD }, from())).toMatchObject({ ok: true });
  });

  it("forgets counts untouched for a day once someone logs in, but keeps a lock that still runs", async () => {
    const { db } = get();
    await seedDemo(db);
    await logIn(db, { username: "someone-who-left", password: "wrong-pass-1" }, from());
    await logIn(db, { username: "admin", password: "wrong-pass-1" }, from());
    const twoDaysAgo = new Date(Date.now() - 48 * 3600_000);
    // Prisma sets updatedAt itself on update; a raw age is written through updateMany's explicit value.
    await db.loginThrottle.updateMany({ data: { updatedAt: twoDaysAgo } });
    await db.loginThrottle.create({ data: { key: "account:still-locked", lockedUntil: new Date(Date.now() + 600_000), updatedAt: twoDaysAgo } });
    expect(await logIn(db, { username: "xigong", password: DEMO_PASSWORD }, from())).toMatchObject({ ok: true });
    const keys = (await db.loginThrottle.findMany()).map((t) => t.key);
    expect(keys).not.toContain("account:someone-who-left");
    expect(keys).not.toContain("account:admin");
    expect(keys).toContain("account:still-locked");
  });
});

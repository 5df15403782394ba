import { describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();

describe("解锁 on the admin page", () => {
  it.each(["drafter", "reviewer", "city", "xigong", null, "admin"] as const)("unlocking 老城区's drafter as %s", async (who) => {
    const { unlockUserAction } = await import("@/app/admin/actions");
    const drafter = await h.db().user.findUniqueOrThrow({ where: { username: "drafter" } });
    const key = "account:drafter";
    await h.db().loginThrottle.deleteMany({ where: { key } });
    await h.db().loginThrottle.create({ data: { key, lockedUntil: new Date(Date.now() + 600_000) } });
    h.as(who);
    const form = new FormData();
    form.set("userId", drafter.id);
    await unlockUserAction(form);
    const stillLocked = (await h.db().loginThrottle.count({ where: { key, lockedUntil: { gt: new Date() } } })) === 1;
    // Only an administrator of the account's organization or one above it (admin is 洛阳市's).
    expect(stillLocked).toBe(who !== "admin");
    if (who === "admin") expect(await h.db().auditEvent.count({ where: { action: "unlock", detail: { startsWith: "账号 drafter" } } })).toBe(1);
  });
});

import { describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";
import { request } from "../support/next-request";
import { createSession } from "@/lib/server/auth/sessions";
import { hashPassword } from "@/lib/security/password";
import { logIn } from "@/lib/server/auth/log-in";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const h = actionHarness();

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** A fresh 老城区 drafter with a session of their own, so disabling or resetting it leaves the matrix's accounts alone. */
async function freshAccount(username: string) {
  const user = await h.db().user.create({
    data: { username, displayName: `${username}名`, role: "drafter", organizationId: h.fx().districtId, passwordHash: await hashPassword("Lc-original-pass-7") },
  });
  const { token } = await createSession(h.db(), user.id);
  return { user, token };
}

const ADMINS_OF_LAOCHENG = new Set(["admin", "laocheng-admin"]);

describe("编辑账号", () => {
  it.each(["drafter", "reviewer", "city", "xigong", "kaifeng-admin", "laocheng-admin", "admin"])("renaming 老城区's drafter as %s", async (who) => {
    const { updateUserAction } = await import("@/app/admin/actions");
    const drafter = await h.db().user.findUniqueOrThrow({ where: { username: "drafter" } });
    h.as(who);
    const result = await updateUserAction(null, form({ userId: drafter.id, displayName: `改名-${who}`, role: "drafter", organizationId: drafter.organizationId }));
    const after = await h.db().user.findUniqueOrThrow({ where: { id: drafter.id } });
    expect(after.displayName === `改名-${who}`).toBe(ADMINS_OF_LAOCHENG.has(who));
    expect(result.ok).toBe(ADMINS_OF_LAOCHENG.has(who));
    if (result.ok) {
      const line = await h.db().auditEvent.findFirstOrThrow({ where: { action: "update_user" }, orderBy: { at: "desc" } });
      expect(line.detail).toContain("账号 drafter：姓名");
    }
  });

  it("refuses moving an account to an organization outside the administrator's, and demoting or disabling oneself", async () => {
    const { updateUserAction } = await import("@/app/admin/actions");
    const drafter = await h.db().user.findUniqueOrThrow({ where: { username: "drafter" } });
    h.as("laocheng-admin");
    const moved = await updateUserAction(null, form({ userId: drafter.id, displayName: "起草人", role: "drafter", organizationId: h.fx().otherDistrictId }));
    expect(moved).toMatchObject({ ok: false, issues: [{ path: "organizationId", message: "只能选择您管理的单位" }] });
    const me = await h.db().user.findUniqueOrThrow({ where: { username: "laocheng-admin" } });
    const disabled = await updateUserAction(null, form({ userId: me.id, displayName: me.displayName, role: "admin", organizationId: me.organizationId, disabled: "on" }));
    expect(disabled).toMatchObject({ ok: false, issues: [{ path: "disabled" }] });
    const demoted = await updateUserAction(null, form({ userId: me.id, displayName: me.displayName, role: "drafter", organizationId: me.organizationId }));
    expect(demoted).toMatchObject({ ok: false, issues: [{ path: "role" }] });
    expect((await h.db().user.findUniqueOrThrow({ where: { id: me.id } })).role).toBe("admin");
  });

  it("停用 signs the account out at once and its password no longer logs in", async () => {
    const { updateUserAction } = await import("@/app/admin/actions");
    const { user, token } = await freshAccount("to-disable");
    h.as("laocheng-admin");
    expect(await updateUserAction(null, form({ userId: user.id, displayName: user.displayName, role: "drafter", organizationId: user.organizationId, disabled: "on" }))).toMatchObject({ ok: true });
    expect(await h.db().session.count({ where: { userId: user.id } })).toBe(0);
    const { sessionActor } = await import("@/lib/server/auth/sessions");
    expect(await sessionActor(h.db(), token)).toBeNull();
    expect((await logIn(h.db(), { username: "to-disable", password: "Lc-original-pass-7" })).ok).toBe(false);
    const line = await h.db().auditEvent.findFirstOrThrow({ where: { action: "update_user", detail: { contains: "to-disable" } } });
    expect(line.detail).toBe("账号 to-disable：停用");
  });
});

describe("重置密码", () => {
  it.each(["drafter", "reviewer", "city", "xigong", "kaifeng-admin", null])("is refused to %s", async (who) => {
    const { resetPasswordAction } = await import("@/app/admin/actions");
    const { user } = await freshAccount(`reset-refused-${who ?? "nobody"}`);
    h.as(who);
    const result = await resetPasswordAction(null, form({ userId: user.id, password: "Temp-Xq84-pass" }));
    expect(result.ok).toBe(false);
    const after = await h.db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(after.passwordHash).toBe(user.passwordHash);
  });

  it("ends the sessions, and the person can do nothing but choose a new password at the next login", async () => {
    const { resetPasswordAction } = await import("@/app/admin/actions");
    const { user, token } = await freshAccount("forgetful");
    h.as("admin");
    expect(await resetPasswordAction(null, form({ userId: user.id, password: "123456789" }))).toMatchObject({ ok: false, issues: [{ path: "password" }] });
    expect(await resetPasswordAction(null, form({ userId: user.id, password: "Temp-Xq84-pass" }))).toMatchObject({ ok: true });
    expect(await h.db().session.count({ where: { userId: user.id } })).toBe(0);
    const { sessionActor } = await import("@/lib/server/auth/sessions");
    expect(await sessionActor(h.db(), token)).toBeNull();
    expect((await logIn(h.db(), { username: "forgetful", password: "Lc-original-pass-7" })).ok).toBe(false);
    const login = await logIn(h.db(), { username: "forgetful", password: "Temp-Xq84-pass" });
    if (!login.ok) throw new Error(login.message);
    expect((await sessionActor(h.db(), login.token))?.mustChangePassword).toBe(true);

    // Any other action is refused until the password is changed.
    request.token = login.token;
    const { startNextYearAction } = await import("@/app/organizations/[organizationId]/actions");
    expect(await startNextYearAction(null, form({ organizationId: user.organizationId, fromYear: "2020" }))).toMatchObject({ ok: false, status: "forbidden", message: "管理员已重置您的密码，请先在“我的账号”中设置新密码" });
    const { changePasswordAction } = await import("@/app/account/actions");
    // The change itself is allowed, and sends the person on to the home page.
    await expect(changePasswordAction(null, form({ current: "Temp-Xq84-pass", next: "Mine-Wq71-choice", repeat: "Mine-Wq71-choice" }))).rejects.toThrow("redirect /");
    const after = await h.db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(false);
    expect((await sessionActor(h.db(), login.token))?.mustChangePassword).toBeUndefined();
    const line = await h.db().auditEvent.findFirstOrThrow({ where: { action: "reset_password", detail: { contains: "forgetful" } } });
    expect(line.detail).toContain("下次登录须修改密码");
  });
});

describe("编辑单位", () => {
  it.each(["drafter", "reviewer", "city", "xigong", "kaifeng-admin", "laocheng-admin", "admin"])("renaming 西工区 as %s", async (who) => {
    const { updateOrganizationAction } = await import("@/app/admin/actions");
    const xigong = await h.db().organization.findUniqueOrThrow({ where: { id: h.fx().otherDistrictId } });
    h.as(who);
    const name = `洛阳市西工区人民政府（${who}）`;
    const result = await updateOrganizationAction(null, form({ organizationId: xigong.id, name, shortName: xigong.shortName, parentId: h.fx().cityId }));
    // Only the city's administrator manages 西工区; 老城区's manages its own district only.
    expect(result.ok).toBe(who === "admin");
    expect((await h.db().organization.findUniqueOrThrow({ where: { id: xigong.id } })).name === name).toBe(who === "admin");
    if (result.ok) await h.db().organization.update({ where: { id: xigong.id }, data: { name: xigong.name } });
  });

  it("moves a unit only under the administrator's organizations, never under itself or its own units", async () => {
    const { updateOrganizationAction } = await import("@/app/admin/actions");
    const office = await h.db().organization.create({ data: { name: "老城区司法局", shortName: "司法局", parentId: h.fx().districtId } });
    h.as("admin");
    const district = await h.db().organization.findUniqueOrThrow({ where: { id: h.fx().districtId } });
    const cycle = await updateOrganizationAction(null, form({ organizationId: district.id, name: district.name, shortName: district.shortName, parentId: office.id }));
    expect(cycle).toMatchObject({ ok: false, issues: [{ path: "parentId", message: "上级单位不能是本单位或其下级单位" }] });
    h.as("laocheng-admin");
    const outside = await updateOrganizationAction(null, form({ organizationId: office.id, name: office.name, shortName: office.shortName, parentId: h.fx().cityId }));
    expect(outside).toMatchObject({ ok: false, issues: [{ path: "parentId" }] });
    const ownParent = await updateOrganizationAction(null, form({ organizationId: district.id, name: district.name, shortName: "老城区", parentId: office.id }));
    expect(ownParent).toMatchObject({ ok: false, issues: [{ path: "parentId" }] });
    h.as("admin");
    const moved = await updateOrganizationAction(null, form({ organizationId: office.id, name: "西工区司法局", shortName: "司法局", parentId: h.fx().otherDistrictId }));
    expect(moved).toMatchObject({ ok: true });
    expect((await h.db().organization.findUniqueOrThrow({ where: { id: office.id } })).parentId).toBe(h.fx().otherDistrictId);
    const line = await h.db().auditEvent.findFirstOrThrow({ where: { action: "update_organization" }, orderBy: { at: "desc" } });
    expect(line.detail).toBe("老城区司法局：全称 老城区司法局→西工区司法局；上级单位 洛阳市老城区人民政府→洛阳市西工区人民政府");
    const same = await updateOrganizationAction(null, form({ organizationId: office.id, name: "洛阳市人民政府", shortName: "司法局", parentId: h.fx().otherDistrictId }));
    expect(same).toMatchObject({ ok: false, issues: [{ path: "name", message: "已有同名单位" }] });
  });
});

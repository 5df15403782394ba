import { describe, expect, it, vi } from "vitest";
import { isRole, type Actor } from "@/lib/access/roles";
import { auditEventsFor } from "@/lib/server/audit/list-events";
import { administeredAccounts, administeredOrganizations } from "@/lib/server/users/list-accounts";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore, headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
const forbiddenLogged = () => h.db().auditEvent.count({ where: { action: "forbidden" } });

async function actor(username: string): Promise<Actor> {
  const u = await h.db().user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(`unknown role ${u.role}`);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/**
 * Administrators: the city's (`admin`), 老城区's own (`laocheng-admin`), one of
 * 开封市 (`kaifeng-admin`, unrelated to 洛阳); and people who are not administrators.
 */
const PEOPLE = ["admin", "laocheng-admin", "kaifeng-admin", "reviewer", "city", null] as const;
type Who = (typeof PEOPLE)[number];

describe("administrators manage their own organization and those below it", () => {
  const where = {
    老城区: { org: () => h.fx().districtId, admins: ["admin", "laocheng-admin"] },
    洛阳市: { org: () => h.fx().cityId, admins: ["admin"] },
    开封市: { org: () => h.fx().unrelatedId, admins: ["kaifeng-admin"] },
  } as const;

  for (const [name, place] of Object.entries(where)) {
    it.each(PEOPLE)(`creating a reviewer in ${name} as %s`, async (who: Who) => {
      const { createUserAction } = await import("@/app/admin/actions");
      h.as(who);
      const username = `rev-${place.org().slice(-6)}-${who ?? "anon"}`;
      const before = await forbiddenLogged();
      const result = await createUserAction(null, form({ username, displayName: "新审核人", role: "reviewer", organizationId: place.org(), password: "long-enough-pw-9" }));
      const allowed = (place.admins as readonly string[]).includes(who ?? "");
      expect(result.ok ? "ok" : result.status).toBe(allowed ? "ok" : who ? "forbidden" : "unauthenticated");
      expect(await h.db().user.count({ where: { username } })).toBe(allowed ? 1 : 0);
      if (!allowed && who) expect(await forbiddenLogged()).toBe(before + 1);
    });

    it.each(PEOPLE)(`creating a unit under ${name} as %s`, async (who: Who) => {
      const { createOrganizationAction } = await import("@/app/admin/actions");
      h.as(who);
      const unit = `${name}下属单位${who ?? "anon"}`;
      const result = await createOrganizationAction(null, form({ name: unit, shortName: "下属", parentId: place.org() }));
      const allowed = (place.admins as readonly string[]).includes(who ?? "");
      expect(result.ok ? "ok" : result.status).toBe(allowed ? "ok" : who ? "forbidden" : "unauthenticated");
      expect(await h.db().organization.count({ where: { name: unit } })).toBe(allowed ? 1 : 0);
    });
  }

  it.each(PEOPLE)("setting 老城区's 统一社会信用代码 as %s", async (who: Who) => {
    const { setCreditCodeAction } = await import("@/app/admin/actions");
    await h.db().organization.update({ where: { id: h.fx().districtId }, data: { creditCode: null } });
    h.as(who);
    const result = await setCreditCodeAction(null, form({ organizationId: h.fx().districtId, creditCode: "11410302MB12345674" }));
    const allowed = who === "admin" || who === "laocheng-admin";
    expect(result.ok ? "ok" : result.status).toBe(allowed ? "ok" : who ? "forbidden" : "unauthenticated");
    expect((await h.db().organization.findUniqueOrThrow({ where: { id: h.fx().districtId } })).creditCode).toBe(allowed ? "11410302MB12345674" : null);
  });

  it("a unit without a parent is not made from the form (top-level organizations come with create-admin)", async () => {
    const { createOrganizationAction } = await import("@/app/admin/actions");
    h.as("admin");
    const result = await createOrganizationAction(null, form({ name: "无上级的单位", shortName: "无上级", parentId: "" }));
    expect(result).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "parentId", message: "请选择上级单位" }] });
  });

  it("the admin page lists only the organizations and accounts the administrator manages", async () => {
    const names = async (who: string) => (await administeredOrganizations(h.db(), await actor(who))).map((o) => o.name).sort();
    const accounts = async (who: string) => (await administeredAccounts(h.db(), await actor(who))).map((u) => u.username);
    expect(await names("kaifeng-admin")).not.toContain("洛阳市老城区人民政府");
    expect(await accounts("kaifeng-admin")).toEqual(expect.not.arrayContaining(["drafter", "reviewer", "admin", "city", "xigong"]));
    expect(await names("laocheng-admin")).toEqual(expect.arrayContaining(["洛阳市老城区人民政府"]));
    expect(await names("laocheng-admin")).not.toContain("洛阳市人民政府");
    expect(await names("laocheng-admin")).not.toContain("洛阳市西工区人民政府");
    expect(await accounts("laocheng-admin")).toEqual(expect.arrayContaining(["drafter", "reviewer", "laocheng-admin"]));
    expect(await accounts("laocheng-admin")).not.toContain("xigong");
    expect(await accounts("admin")).toEqual(expect.arrayContaining(["drafter", "reviewer", "city", "admin", "xigong", "laocheng-admin"]));
    expect(await accounts("admin")).not.toContain("kaifeng-admin");
    expect(await names("reviewer")).toEqual([]);
  });

  it("洛阳's audit log, a return comment's text included, is read by 洛阳's administrators only", async () => {
    const { transitionAction } = await import("@/app/reports/[reportId]/workflow-actions");
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "submitted" } });
    h.as("reviewer");
    expect(await transitionAction(h.fx().laochengReport, null, form({ transition: "return", text: "请补充信访数据的来源" }))).toMatchObject({ ok: true });
    // The city comments once the report is sent to it (a returned draft is the unit's own).
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "sent" } });
    h.as("city");
    const { addCommentAction } = await import("@/app/reports/[reportId]/workflow-actions");
    expect(await addCommentAction(h.fx().laochengReport, null, form({ path: "", body: "市里对老城区的意见" }))).toMatchObject({ ok: true });

    const read = async (who: string) => (await auditEventsFor(h.db(), await actor(who))).events;
    const returned = (events: { action: string; detail: string }[]) => events.some((e) => e.action === "return" && e.detail === "请补充信访数据的来源");
    const commented = (events: { action: string; reportId: string | null }[]) => events.some((e) => e.action === "comment" && e.reportId === h.fx().laochengReport);
    expect(returned(await read("admin"))).toBe(true);
    expect(returned(await read("laocheng-admin"))).toBe(true);
    // The city reviewer's line carries the city; it is about 老城区's report, so 老城区's administrator reads it.
    expect(commented(await read("laocheng-admin"))).toBe(true);

    const luoyang = new Set([h.fx().cityId, h.fx().districtId, h.fx().otherDistrictId]);
    const reports = new Set([h.fx().laochengReport, h.fx().xigongReport]);
    const kaifeng = await read("kaifeng-admin");
    expect(kaifeng.filter((e) => luoyang.has(e.organizationId ?? "") || reports.has(e.reportId ?? ""))).toEqual([]);
    expect(returned(kaifeng)).toBe(false);
    expect((await read("laocheng-admin")).filter((e) => e.organizationId === h.fx().otherDistrictId || e.reportId === h.fx().xigongReport)).toEqual([]);
    expect(await read("reviewer")).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { SESSION_COOKIE } from "../../lib/server/auth/sessions";
import { matrixFixture } from "../support/matrix-fixture";

/**
 * Every page that shows a report or an organization's data, fetched by
 * every role for their own organization's report and another's: a page a
 * person may not see must answer 404 (not reveal that the report exists),
 * and nobody signed in is sent to the login page.
 */
let db: Db;
let fx: Awaited<ReturnType<typeof matrixFixture>> & { drafterId: string };
beforeAll(async () => {
  db = createDb(inject("databaseUrl"));
  const fixture = await matrixFixture(db);
  fx = { ...fixture, drafterId: (await db.user.findUniqueOrThrow({ where: { username: "drafter" } })).id };
});
afterAll(async () => {
  await db.disconnect();
});

async function get(path: string, username: string | null): Promise<{ status: number; location: string | null }> {
  const headers: Record<string, string> = username ? { cookie: `${SESSION_COOKIE}=${fx.tokens[username]}` } : {};
  const res = await fetch(`${inject("baseURL")}${path}`, { headers, redirect: "manual" });
  return { status: res.status, location: res.headers.get("location") };
}

type Who = "drafter" | "reviewer" | "city" | "admin" | "xigong";
const PEOPLE: Who[] = ["drafter", "reviewer", "city", "admin", "xigong"];
const NOT_ADMINS: Partial<Record<Who, number>> = { drafter: 403, reviewer: 403, city: 403, xigong: 403 };

/** Who may open each page: anyone else gets a 404 (or, where `otherwise` says so, is sent elsewhere). */
const PAGES: { name: string; path: () => string; allowed: Who[]; otherwise?: Partial<Record<Who, number>> }[] = [
  // Both reports are drafts: the city reads a unit's report only from 已报送 on (tests/e2e/city.test.ts follows one there).
  { name: "老城区's report", path: () => `/reports/${fx.laochengReport}`, allowed: ["drafter", "reviewer"] },
  { name: "西工区's report", path: () => `/reports/${fx.xigongReport}`, allowed: ["xigong"] },
  { name: "老城区's PDF", path: () => `/reports/${fx.laochengReport}/pdf`, allowed: ["drafter", "reviewer"] },
  { name: "西工区's PDF", path: () => `/reports/${fx.xigongReport}/pdf`, allowed: ["xigong"] },
  { name: "老城区's editor", path: () => `/reports/${fx.laochengReport}/edit`, allowed: ["drafter", "reviewer"] },
  { name: "西工区's editor", path: () => `/reports/${fx.xigongReport}/edit`, allowed: ["xigong"] },
  { name: "老城区's years", path: () => `/organizations/${fx.districtId}`, allowed: ["drafter", "reviewer", "city", "admin"] },
  { name: "老城区's comparison", path: () => `/organizations/${fx.districtId}/compare`, allowed: ["drafter", "reviewer", "city", "admin"] },
  { name: "老城区's import", path: () => `/organizations/${fx.districtId}/import`, allowed: ["drafter", "reviewer"] },
  { name: "西工区's years", path: () => `/organizations/${fx.otherDistrictId}`, allowed: ["xigong", "city", "admin"] },
  { name: "search", path: () => "/search?q=信访", allowed: ["drafter", "reviewer", "city", "admin", "xigong"] },
  // Pages whose existence is no secret answer 无权访问 (403) to the roles they are not for.
  { name: "the fonts page", path: () => "/fonts", allowed: ["admin"], otherwise: NOT_ADMINS },
  { name: "the admin page", path: () => "/admin", allowed: ["admin"], otherwise: NOT_ADMINS },
  { name: "the audit log", path: () => "/admin/audit", allowed: ["admin"], otherwise: NOT_ADMINS },
  { name: "an account's admin page", path: () => `/admin/users/${fx.drafterId}`, allowed: ["admin"], otherwise: NOT_ADMINS },
  { name: "an organization's admin page", path: () => `/admin/organizations/${fx.districtId}`, allowed: ["admin"], otherwise: NOT_ADMINS },
  { name: "the parent's overview", path: () => "/overview?year=2020", allowed: ["city", "admin"] },
];

describe.each(PAGES)("$name", ({ path, allowed, otherwise }) => {
  it.each(PEOPLE)("as %s", async (who) => {
    const res = await get(path(), who);
    expect(res.status).toBe(allowed.includes(who) ? 200 : (otherwise?.[who] ?? 404));
  });
  it("sends nobody-signed-in to the login page", async () => {
    const res = await get(path(), null);
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(res.location).toContain("/login");
  });
});

it("lists on the home page only what the person may see", async () => {
  const page = async (who: Who) => (await fetch(`${inject("baseURL")}/`, { headers: { cookie: `${SESSION_COOKIE}=${fx.tokens[who]}` } })).text();
  expect(await page("xigong")).not.toContain("洛阳市老城区人民政府关于2020年度");
  expect(await page("drafter")).not.toContain("洛阳市西工区人民政府");
  const city = await page("city");
  expect(city).toContain("洛阳市老城区人民政府");
  expect(city).toContain("洛阳市西工区人民政府");
});

it("logs a refused look at another organization's report", async () => {
  const before = await db.auditEvent.count({ where: { action: "forbidden", username: "xigong" } });
  await get(`/reports/${fx.laochengReport}`, "xigong");
  expect(await db.auditEvent.count({ where: { action: "forbidden", username: "xigong" } })).toBe(before + 1);
});

it("shows each administrator the audit log and accounts of their own organizations only", async () => {
  await db.auditEvent.create({ data: { action: "return", username: "reviewer", organizationId: fx.districtId, reportId: fx.laochengReport, detail: "洛阳的退回意见：请补充信访数据" } });
  const page = async (path: string, who: string) => {
    const res = await fetch(`${inject("baseURL")}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${fx.tokens[who]}` } });
    expect(res.status).toBe(200);
    return res.text();
  };
  expect(await page("/admin/audit", "admin")).toContain("洛阳的退回意见");
  expect(await page("/admin/audit", "laocheng-admin")).toContain("洛阳的退回意见");
  expect(await page("/admin/audit", "kaifeng-admin")).not.toContain("洛阳的退回意见");
  const kaifeng = await page("/admin", "kaifeng-admin");
  expect(kaifeng).toContain("开封市人民政府");
  expect(kaifeng).not.toContain("洛阳市老城区人民政府");
  expect(kaifeng).not.toContain("老城区审核人");
});

it("shows another organization's administrator no account or organization of 洛阳, and no CSV of its log", async () => {
  const as = (path: string, who: string) => fetch(`${inject("baseURL")}${path}`, { headers: { cookie: `${SESSION_COOKIE}=${fx.tokens[who]}` }, redirect: "manual" });
  expect((await as(`/admin/users/${fx.drafterId}`, "kaifeng-admin")).status).toBe(404);
  expect((await as(`/admin/organizations/${fx.districtId}`, "kaifeng-admin")).status).toBe(404);
  expect((await as(`/admin/organizations/${fx.cityId}`, "laocheng-admin")).status).toBe(404);
  const csv = await (await as("/admin/audit/csv", "kaifeng-admin")).text();
  expect(csv).not.toContain("洛阳");
  expect((await as("/admin/audit/csv", "drafter")).status).toBe(403);
});

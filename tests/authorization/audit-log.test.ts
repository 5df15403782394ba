import { describe, expect, it, vi } from "vitest";
import { isRole, type Actor } from "@/lib/access/roles";
import { AUDIT_PAGE_SIZE, auditEventsFor } from "@/lib/server/audit/list-events";
import { auditFilterInput } from "@/lib/server/audit/audit-filter";
import { describeEvents } from "@/lib/server/audit/describe-events";
import { getReport } from "@/lib/server/reports/get-report";
import { partKey } from "@/lib/report/outline";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));

const h = actionHarness();

async function actor(username: string): Promise<Actor> {
  const u = await h.db().user.findUniqueOrThrow({ where: { username } });
  if (!isRole(u.role)) throw new Error(`unknown role ${u.role}`);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

describe("the audit log in words", () => {
  it("names the person, the organization, the report by its title and the part by its Chinese name; no ids, no English keys", async () => {
    const report = await getReport(h.db(), h.fx().laochengReport);
    const second = report?.report.parts[1];
    if (!second) throw new Error("the demo report has parts");
    const reviewer = await h.db().user.findUniqueOrThrow({ where: { username: "reviewer" } });
    const base = { userId: reviewer.id, username: "reviewer", organizationId: h.fx().districtId, reportId: h.fx().laochengReport };
    const rows = await Promise.all([
      h.db().auditEvent.create({ data: { ...base, action: "comment", detail: partKey(second.id) } }),
      h.db().auditEvent.create({ data: { ...base, action: "comment", detail: "preamble" } }),
      h.db().auditEvent.create({ data: { ...base, action: "comment", detail: "figures" } }),
      h.db().auditEvent.create({ data: { ...base, action: "forbidden", detail: `edit → ${h.fx().otherDistrictId}` } }),
      h.db().auditEvent.create({ data: { ...base, reportId: null, action: "forbidden", detail: `admin form: organization ${h.fx().cityId}` } }),
      h.db().auditEvent.create({ data: { ...base, reportId: null, action: "create_user", detail: "zhangsan（parentReviewer）" } }),
    ]);
    const lines = await describeEvents(h.db(), rows);
    const [part, preamble, figures, refused, adminForm, created] = lines;
    expect(part?.who).toBe("老城区审核人（reviewer）");
    expect(part?.organization).toBe("洛阳市老城区人民政府");
    expect(part?.action).toBe("添加意见");
    expect(part?.report).toBe("洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告");
    expect(part?.detail).toBe("针对“强化规范性文件管理，严格规范行政执法”");
    expect(preamble?.detail).toBe("针对“导语”");
    expect(figures?.detail).toBe("针对“数据”");
    expect(refused?.detail).toBe("编辑（报告属于洛阳市西工区人民政府）");
    expect(adminForm?.detail).toBe("管理单位“洛阳市人民政府”");
    expect(created?.detail).toBe("zhangsan（上级审阅）");
    const ids = [h.fx().laochengReport, h.fx().districtId, h.fx().cityId, h.fx().otherDistrictId, second.id];
    for (const line of lines) {
      const text = Object.entries(line).filter(([k]) => k !== "id").map(([, v]) => v).join(" ");
      for (const id of ids) expect(text).not.toContain(id);
      expect(text).not.toMatch(/figures|preamble|part:|admin form|organization /);
    }
  });

  it("writes the time in China time, whatever the process's zone", async () => {
    const row = await h.db().auditEvent.create({ data: { action: "login", username: "drafter", at: new Date("2021-02-24T12:41:05Z") } });
    expect((await describeEvents(h.db(), [row]))[0]?.at).toBe("2021年2月24日 20:41:05");
  });
});

describe("the audit log's filters and pages", () => {
  it("filters by person, organization, action and China-time days, inside the administrator's scope only", async () => {
    const admin = await actor("admin");
    const seed = (username: string, organizationId: string, action: string, at: string) =>
      h.db().auditEvent.create({ data: { username, organizationId, action, at: new Date(at), detail: `filter-test ${username} ${at}` } });
    // 2064-03-01 00:30 in Beijing is 2064-02-29 16:30 UTC: it belongs to 1 March.
    await seed("drafter", h.fx().districtId, "save", "2064-02-29T16:30:00Z");
    await seed("drafter", h.fx().districtId, "save", "2064-02-29T15:30:00Z");
    await seed("xigong", h.fx().otherDistrictId, "save", "2064-03-01T02:00:00Z");
    await seed("drafter", h.fx().districtId, "submit", "2064-03-02T02:00:00Z");
    const read = async (who: Actor, raw: Record<string, string>) => {
      const filter = auditFilterInput.parse(raw);
      return (await auditEventsFor(h.db(), who, filter)).events.filter((e) => e.detail.startsWith("filter-test")).map((e) => `${e.username} ${e.action} ${e.at.toISOString()}`);
    };
    expect(await read(admin, { from: "2064-03-01", to: "2064年3月1日" })).toEqual(["xigong save 2064-03-01T02:00:00.000Z", "drafter save 2064-02-29T16:30:00.000Z"]);
    expect(await read(admin, { person: "drafter", action: "save" })).toEqual(["drafter save 2064-02-29T16:30:00.000Z", "drafter save 2064-02-29T15:30:00.000Z"]);
    expect(await read(admin, { organization: h.fx().otherDistrictId })).toEqual(["xigong save 2064-03-01T02:00:00.000Z"]);
    // 老城区's administrator asking for 西工区 gets nothing, not everything.
    expect(await read(await actor("laocheng-admin"), { organization: h.fx().otherDistrictId })).toEqual([]);
    expect(await read(await actor("kaifeng-admin"), { person: "drafter" })).toEqual([]);
  });

  it("pages the log, newest first, and says how many lines match", async () => {
    const admin = await actor("admin");
    const at = (i: number) => new Date(Date.UTC(2065, 0, 1, 0, i));
    await h.db().auditEvent.createMany({ data: Array.from({ length: AUDIT_PAGE_SIZE + 7 }, (_, i) => ({ username: "pager", organizationId: h.fx().districtId, action: "export", at: at(i), detail: `page-test ${i}` })) });
    const first = await auditEventsFor(h.db(), admin, { person: "pager", page: 1 });
    const second = await auditEventsFor(h.db(), admin, { person: "pager", page: 2 });
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 7);
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]?.detail).toBe(`page-test ${AUDIT_PAGE_SIZE + 6}`);
    expect(second.events.map((e) => e.detail)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `page-test ${i}`));
  });

  it("refuses malformed filters with Chinese messages on their fields", () => {
    const refused = auditFilterInput.safeParse({ from: "02/24/2021", to: "2021-02-30", page: "x", action: "drop_tables" });
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries((refused.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({ from: "开始日期应为有效日期，格式如 2021-02-24", to: "结束日期应为有效日期，格式如 2021-02-24", page: "页码应为数字", action: "请选择操作" });
    expect(auditFilterInput.safeParse({ from: "2021-03-01", to: "2021-02-01" }).error?.issues[0]).toMatchObject({ path: ["to"], message: "结束日期不能早于开始日期" });
  });
});

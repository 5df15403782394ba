import { describe, expect, it, vi } from "vitest";
import { createSession } from "@/lib/server/auth/sessions";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// redirect() ends a successful edit; here it is recorded instead of thrown.
const redirects: string[] = [];
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    redirects.push(to);
  },
}));

const h = actionHarness();

function form(entries: Record<string, string | string[] | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) {
    if (Array.isArray(v)) for (const item of v) f.append(k, item);
    else f.set(k, v);
  }
  return f;
}

const PEOPLE = ["drafter", "reviewer", "city", "admin", "xigong", null] as const;
const forbiddenLogged = () => h.db().auditEvent.count({ where: { action: "forbidden" } });

/** An administrator of 老城区, below the city whose figures the demo defines. */
async function signInAsDistrictAdmin() {
  const user = await h.db().user.upsert({
    where: { username: "laocheng-admin" },
    update: {},
    create: { username: "laocheng-admin", displayName: "老城区管理员", role: "admin", organizationId: h.fx().districtId, passwordHash: "x" },
  });
  h.fx().tokens[user.username] = (await createSession(h.db(), user.id)).token;
  h.as(user.username);
}

describe("custom figure actions", () => {
  it.each(PEOPLE)("新增数据项 as %s", async (who) => {
    const { createFigureAction } = await import("@/app/admin/figures/actions");
    h.as(who);
    const before = await forbiddenLogged();
    const label = `涉企投诉-${who ?? "匿名"}`;
    const result = await createFigureAction(null, form({ label, unit: "件", topic: "__new", newTopic: "营商环境", kind: "count", position: "" }));
    const allowed = who === "admin";
    expect(result).toMatchObject(allowed ? { ok: true } : { ok: false, status: who ? "forbidden" : "unauthenticated", values: { label } });
    expect(await h.db().customFigure.count({ where: { label } })).toBe(allowed ? 1 : 0);
    if (!allowed && who) expect(await forbiddenLogged()).toBe(before + 1);
  });

  it("lets a district's administrator add the district's own figures but not change the city's", async () => {
    const { createFigureAction, updateFigureAction, removeFigureAction } = await import("@/app/admin/figures/actions");
    await signInAsDistrictAdmin();
    const added = await createFigureAction(null, form({ label: "老城区特色数据", unit: "件", topic: "enforcement", kind: "count" }));
    expect(added).toMatchObject({ ok: true });
    expect((await h.db().customFigure.findFirstOrThrow({ where: { label: "老城区特色数据" } })).organizationId).toBe(h.fx().districtId);
    const city = await h.db().customFigure.findFirstOrThrow({ where: { label: "行政调解案件" } });
    const before = await forbiddenLogged();
    expect(await updateFigureAction(null, form({ id: city.id, label: "改名", unit: "件", topic: "enforcement", kind: "count" }))).toMatchObject({
      ok: false,
      status: "forbidden",
      message: "只有本单位的管理员可以设置本单位的自定义数据项",
      values: { label: "改名" },
    });
    expect(await removeFigureAction(null, form({ id: city.id }))).toMatchObject({ ok: false, status: "forbidden" });
    expect(await forbiddenLogged()).toBe(before + 2);
    expect(await h.db().customFigure.findUniqueOrThrow({ where: { id: city.id } })).toMatchObject({ label: "行政调解案件" });
  });

  it("answers nonsense with messages on the fields, keeping what was typed, and never throws", async () => {
    const { createFigureAction, updateFigureAction, removeFigureAction } = await import("@/app/admin/figures/actions");
    h.as("admin");
    const before = await h.db().customFigure.count();
    const result = await createFigureAction(
      null,
      form({ label: new Blob(["x"]), unit: "", topic: "nowhere-that-is-no-topic-at-all", kind: "ratio", position: "一", sumOf: ["enforcement.fines", "a"] }),
    );
    expect(result).toMatchObject({
      ok: false,
      status: "invalid",
      message: "提交的内容有误，请按提示逐项修改",
      values: { topic: "nowhere-that-is-no-topic-at-all", kind: "ratio", position: "一", "sumOf.0": "enforcement.fines", "sumOf.1": "a" },
    });
    const onFields = (r: { ok: boolean; issues?: { path: string; message: string }[] }) => (r.ok ? {} : Object.fromEntries((r.issues ?? []).map((i) => [i.path, i.message])));
    expect(onFields(result)).toMatchObject({ label: expect.any(String), kind: "请选择数据类型", position: "排序应为数字", topic: "所属主题不存在" });
    // Every problem of the form at once, the cross-field ones beside those of single fields.
    const empty = await createFigureAction(null, form({ label: "", unit: "", topic: "__new", kind: "ratio", position: "x" }));
    expect(empty.ok ? [] : empty.issues?.map((i) => i.path)).toEqual(["label", "kind", "position", "unit", "newTopic"]);
    // One box of the sum ticked arrives as one value, not as a list.
    const one = await createFigureAction(null, form({ label: "单项合计", unit: "件", topic: "enforcement", kind: "count", sumOf: "enforcement.penalties" }));
    expect(one).toMatchObject({ ok: false, status: "invalid", message: "合计至少需要选择两项数据", values: { sumOf: "enforcement.penalties" } });
    const sum = await createFigureAction(null, form({ label: "合计", unit: "件", topic: "enforcement", kind: "count", sumOf: ["enforcement.fines", "enforcement.penalties"] }));
    expect(sum).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "sumOf", message: "“罚没款”是金额（最多两位小数），与本数据项的类型不同，不能相加" }] });
    expect(await updateFigureAction(null, form({ id: "nope", label: "甲", unit: "件", topic: "enforcement", kind: "count" }))).toMatchObject({
      ok: false,
      status: "missing",
      message: "该自定义数据项不存在或已被删除",
      values: { label: "甲" },
    });
    for (const nothing of [form({}), "not a form"]) {
      expect(await removeFigureAction(null, nothing)).toMatchObject({ ok: false, status: "invalid", message: expect.stringMatching(/\p{Script=Han}/u) });
    }
    expect(await h.db().customFigure.count()).toBe(before);
  });

  it("edits the city's figure and goes back to the list; removes one no sum counts", async () => {
    const { updateFigureAction, removeFigureAction } = await import("@/app/admin/figures/actions");
    h.as("admin");
    const coverage = await h.db().customFigure.findFirstOrThrow({ where: { label: "村（社区）法律顾问覆盖率" } });
    const edited = await updateFigureAction(null, form({ id: coverage.id, label: "村（社区）法律顾问覆盖面", unit: "", topic: "decisionMaking", kind: "rate", position: "3" }));
    expect(edited).toEqual({ ok: true, id: coverage.id });
    expect(redirects).toContain("/admin/figures");
    expect((await h.db().customFigure.findUniqueOrThrow({ where: { id: coverage.id } })).label).toBe("村（社区）法律顾问覆盖面");
    const part = await h.db().customFigure.findFirstOrThrow({ where: { label: "行政调解案件" } });
    expect(await removeFigureAction(null, form({ id: part.id }))).toEqual({
      ok: false,
      status: "invalid",
      message: "“化解矛盾纠纷”的合计包含“行政调解案件”，请先修改合计再删除",
    });
    h.as("city");
    expect(await removeFigureAction(null, form({ id: coverage.id }))).toMatchObject({ ok: false, status: "forbidden" });
    h.as("admin");
    expect(await removeFigureAction(null, form({ id: coverage.id }))).toEqual({ ok: true, id: coverage.id });
    expect(await h.db().customFigure.count({ where: { id: coverage.id } })).toBe(0);
  });
});

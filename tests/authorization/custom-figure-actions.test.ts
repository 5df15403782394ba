import { describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";
import { initialState } from "@/app/admin/figures/form-state";

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

describe("custom figure actions", () => {
  it.each(PEOPLE)("新增数据项 as %s", async (who) => {
    const { createFigureAction } = await import("@/app/admin/figures/actions");
    h.as(who);
    const label = `涉企投诉-${who ?? "匿名"}`;
    const result = await createFigureAction(initialState(), form({ label, unit: "件", topic: "__new", newTopic: "营商环境", kind: "count", position: "" }));
    const allowed = who === "admin";
    expect(result.status).toBe(allowed ? "ok" : "refused");
    expect(await h.db().customFigure.count({ where: { label } })).toBe(allowed ? 1 : 0);
    if (!allowed) expect(result.values.label).toBe(label);
  });

  it("answers nonsense with messages on the fields, keeping what was typed, and never throws", async () => {
    const { createFigureAction, updateFigureAction, removeFigureAction } = await import("@/app/admin/figures/actions");
    h.as("admin");
    const before = await h.db().customFigure.count();
    const result = await createFigureAction(
      initialState(),
      form({ label: new Blob(["x"]), unit: "", topic: "nowhere-that-is-no-topic-at-all", kind: "ratio", position: "一", sumOf: ["enforcement.fines", "a"] }),
    );
    expect(result).toMatchObject({
      status: "invalid",
      errors: { label: "请填写数据项名称", kind: "请选择数据类型", position: "排序应为数字", topic: "所属主题不存在" },
      values: { topic: "nowhere-that-is-no-topic-at-all", sumOf: ["enforcement.fines", "a"] },
    });
    const sum = await createFigureAction(initialState(), form({ label: "合计", unit: "件", topic: "enforcement", kind: "count", sumOf: ["enforcement.fines", "enforcement.penalties"] }));
    expect(sum).toMatchObject({ status: "invalid", errors: { sumOf: "“罚没款”是金额（最多两位小数），与本数据项的类型不同，不能相加" } });
    expect(await updateFigureAction(initialState(), form({ id: "nope", label: "甲", unit: "件", topic: "enforcement", kind: "count" }))).toMatchObject({
      status: "refused",
      errors: { form: "该自定义数据项不存在或已被删除" },
    });
    expect(await removeFigureAction(initialState(), form({}))).toMatchObject({ status: "refused" });
    expect(await h.db().customFigure.count()).toBe(before);
  });

  it("edits the city's figure and goes back to the list; removes one no sum counts", async () => {
    const { updateFigureAction, removeFigureAction } = await import("@/app/admin/figures/actions");
    h.as("admin");
    const coverage = await h.db().customFigure.findFirstOrThrow({ where: { label: "村（社区）法律顾问覆盖率" } });
    const edited = await updateFigureAction(initialState(), form({ id: coverage.id, label: "村（社区）法律顾问覆盖面", unit: "", topic: "decisionMaking", kind: "rate", position: "3" }));
    expect(edited.status).toBe("ok");
    expect(redirects).toContain("/admin/figures");
    expect((await h.db().customFigure.findUniqueOrThrow({ where: { id: coverage.id } })).label).toBe("村（社区）法律顾问覆盖面");
    const part = await h.db().customFigure.findFirstOrThrow({ where: { label: "行政调解案件" } });
    expect(await removeFigureAction(initialState(), form({ id: part.id }))).toMatchObject({
      status: "invalid",
      errors: { form: "“化解矛盾纠纷”的合计包含“行政调解案件”，请先修改合计再删除" },
    });
    h.as("city");
    expect(await removeFigureAction(initialState(), form({ id: coverage.id }))).toMatchObject({ status: "refused" });
    h.as("admin");
    expect(await removeFigureAction(initialState(), form({ id: coverage.id }))).toMatchObject({ status: "ok" });
    expect(await h.db().customFigure.count({ where: { id: coverage.id } })).toBe(0);
  });
});

import { describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
const CHINESE = /\p{Script=Han}/u;
const writes = async () => ({
  reports: await h.db().report.count(),
  revisions: await h.db().revision.count(),
  comments: await h.db().comment.count(),
  users: await h.db().user.count(),
  customFigures: await h.db().customFigure.findMany({ orderBy: { id: "asc" } }),
  audit: await h.db().auditEvent.count(),
});

/** What every action answers to input it cannot use: "invalid", in Chinese, and nothing written. */
async function expectInvalid(call: () => Promise<unknown>, message?: string) {
  const before = await writes();
  const result = await call();
  expect(result).toMatchObject({ ok: false, status: "invalid", message: message ?? expect.stringMatching(CHINESE) });
  expect(await writes()).toEqual(before);
}

describe("malformed input from someone allowed to act", () => {
  it("editor actions answer invalid, never throw", async () => {
    const edit = await import("@/app/reports/[reportId]/edit/actions");
    const { autosave } = await import("@/lib/server/reports/autosave");
    const reportId = h.fx().laochengReport;
    h.as("drafter");
    for (const input of [null, "x", 42, [], { reportId }, { reportId: 5, baseVersion: 1, content: {} }, { reportId, baseVersion: "2", content: {} }]) {
      await expectInvalid(() => autosave(input));
    }
    await expectInvalid(() => edit.listRevisionsAction(undefined));
    await expectInvalid(() => edit.getRevisionAction({ reportId, version: "1" }));
    await expectInvalid(() => edit.restoreRevisionAction({ reportId, version: 1 }));
    await expectInvalid(() => edit.submitForReviewAction({ reportId, version: 0 }));
  });

  it("report content the draft schema refuses comes back with each issue at its field", async () => {
    const { autosave } = await import("@/lib/server/reports/autosave");
    h.as("drafter");
    const current = await h.db().report.findUniqueOrThrow({ where: { id: h.fx().laochengReport } });
    const result = await autosave({ reportId: current.id, baseVersion: current.version, content: { figures: { petitions: { letters: { $gt: 1 } } } } });
    expect(result).toMatchObject({ ok: false, status: "invalid", message: expect.stringMatching(CHINESE), issues: [{ path: "figures.petitions.letters" }] });
  });

  it("report page forms answer invalid, never throw", async () => {
    const wf = await import("@/app/reports/[reportId]/workflow-actions");
    const reportId = h.fx().laochengReport;
    h.as("reviewer");
    await expectInvalid(() => wf.transitionAction(reportId, null, "not a form"));
    await expectInvalid(() => wf.transitionAction(123, null, form({ transition: "submit" })));
    await expectInvalid(() => wf.transitionAction(reportId, null, form({ transition: "explode" })), "未知的操作");
    await expectInvalid(() => wf.addCommentAction(reportId, null, form({ path: "preamble", body: "   " })), "请填写意见内容");
    await expectInvalid(() => wf.addCommentAction(reportId, null, form({ path: "", body: "长".repeat(5001) })), "意见不能超过5000个字符");
    await expectInvalid(() => wf.resolveCommentAction(reportId, {}));
  });

  it("year and import forms answer invalid with the field's message", async () => {
    const { createReportAction } = await import("@/app/reports/actions");
    const { startNextYearAction } = await import("@/app/organizations/[organizationId]/actions");
    const { analyseImportAction, createImportedAction } = await import("@/app/organizations/[organizationId]/import/actions");
    const organizationId = h.fx().districtId;
    h.as("drafter");
    const created = await createReportAction({ organizationId, year: 1999 });
    expect(created).toEqual({ ok: false, status: "invalid", message: "年度不能早于2000年", issues: [{ path: "year", message: "年度不能早于2000年" }] });
    await expectInvalid(() => createReportAction({ organizationId, year: "2023" }));
    await expectInvalid(() => startNextYearAction(null, form({ organizationId, fromYear: "abc" })), "请选择要沿用的年度");
    await expectInvalid(() => analyseImportAction(null, form({ organizationId, year: "abc", text: "一、主要工作" })), "年度应为数字，如 2019");
    await expectInvalid(() => analyseImportAction(null, form({ organizationId, year: "", text: "  " })), "请选择要导入的文件，或把报告全文粘贴到文本框中");
    await expectInvalid(() => createImportedAction(null, form({ organizationId, year: "", content: "{}", proposals: "[]" })), "请填写报告的年度");
    await expectInvalid(() => createImportedAction(null, form({ organizationId, year: "2016", content: "{", proposals: "[]" })), "导入的内容无法保存为报告草稿");
    await expectInvalid(() => createImportedAction(null, form({ organizationId, year: "2016", content: "{}", proposals: "[{}]" })), "数据建议已损坏，请重新导入");
  });

  it("custom figure forms answer invalid by field, and keep what was typed", async () => {
    const { createFigureAction, updateFigureAction, removeFigureAction } = await import("@/app/admin/figures/actions");
    h.as("admin");
    const figure = await h.db().customFigure.findFirstOrThrow({ where: { label: "行政调解案件" } });
    for (const input of [null, "x", 42, [], {}, form({ label: "甲" })]) {
      await expectInvalid(() => createFigureAction(null, input));
      await expectInvalid(() => updateFigureAction(null, input));
      await expectInvalid(() => removeFigureAction(null, input));
    }
    const created = await createFigureAction(null, form({ label: "x".repeat(41), unit: "件", topic: "enforcement", kind: "count", position: "-1" }));
    expect(created).toMatchObject({ ok: false, status: "invalid", values: { label: "x".repeat(41), position: "-1" } });
    expect(created.ok ? [] : created.issues).toEqual([
      { path: "label", message: "数据项名称不能超过40个字符" },
      { path: "position", message: "排序不能小于0" },
    ]);
    await expectInvalid(() => updateFigureAction(null, form({ id: figure.id, label: "行政调解", unit: "件", topic: "__new", newTopic: "", kind: "count" })), "请填写新主题的名称");
    await expectInvalid(() => updateFigureAction(null, form({ id: "", label: "行政调解", unit: "件", topic: "enforcement", kind: "count" })));
    await expectInvalid(() => removeFigureAction(null, form({ id: "x".repeat(65) })), "编号有误");
  });

  it("organization forms refuse a 统一社会信用代码 that fails its GB 32100 check, on its field, keeping what was typed", async () => {
    const { createOrganizationAction, setCreditCodeAction } = await import("@/app/admin/actions");
    h.as("admin");
    const organizations = async () => h.db().organization.findMany({ orderBy: { id: "asc" }, select: { id: true, creditCode: true } });
    const before = await organizations();
    const created = await createOrganizationAction(null, form({ name: "洛阳市涧西区人民政府", shortName: "涧西区", parentId: h.fx().cityId, creditCode: "11410305mb1234567x" }));
    expect(created).toMatchObject({
      ok: false,
      status: "invalid",
      issues: [{ path: "creditCode", message: "统一社会信用代码的校验位不符，请核对" }],
      values: { creditCode: "11410305mb1234567x" },
    });
    const districtId = h.fx().districtId;
    for (const [code, message] of [
      ["1141", "统一社会信用代码应为18位"],
      ["11410302MB1234567I", "统一社会信用代码只含数字和大写字母（不含I、O、S、V、Z）"],
      ["x".repeat(5000), "统一社会信用代码应为18位"],
    ]) {
      expect(await setCreditCodeAction(null, form({ organizationId: districtId, creditCode: code ?? "" }))).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "creditCode", message }] });
    }
    await expectInvalid(() => setCreditCodeAction(null, form({ organizationId: "", creditCode: "11410302MB12345674" })));
    await expectInvalid(() => setCreditCodeAction(null, "x"));
    expect(await organizations()).toEqual(before);
  });

  it("account forms answer invalid by field, and keep what was typed but never a password", async () => {
    const { createUserAction } = await import("@/app/admin/actions");
    const { changePasswordAction } = await import("@/app/account/actions");
    const { logInAction } = await import("@/app/login/actions");
    h.as("admin");
    const user = await createUserAction(null, form({ username: "a", displayName: "新人", role: "boss", organizationId: "", password: "short" }));
    expect(user).toMatchObject({ ok: false, status: "invalid", values: { username: "a", displayName: "新人", role: "boss", organizationId: "" } });
    expect(user.ok ? [] : user.issues?.map((i) => i.path).sort()).toEqual(["organizationId", "password", "role", "username"]);
    expect(user.ok ? {} : user.values).not.toHaveProperty("password");
    await expectInvalid(() => changePasswordAction(null, "x"));
    await expectInvalid(() => changePasswordAction(null, form({ current: "x", next: "new-password-1", repeat: "other-password" })), "两次输入的新密码不一致");
    h.as(null);
    await expectInvalid(() => logInAction(null, form({ username: "reviewer", password: "" })), "请输入用户名和密码");
    await expectInvalid(() => logInAction(null, 17), "请输入用户名和密码");
  });
});

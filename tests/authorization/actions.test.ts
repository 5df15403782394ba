import { describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();
const as = h.as;
const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
/** Refused for who is asking (not for what they sent). */
const refused = (r: { ok: boolean; status?: string }) => !r.ok && ["unauthenticated", "forbidden"].includes(r.status ?? "");
const forbiddenLogged = () => h.db().auditEvent.count({ where: { action: "forbidden" } });

/** Every demo role, plus nobody signed in. */
const PEOPLE = ["drafter", "reviewer", "city", "admin", "xigong", null] as const;

describe("workflow actions", () => {
  // Who may submit 老城区's draft: its own drafter and reviewer; nobody else, least of all another district.
  it.each(PEOPLE)("提交审核 of 老城区's report as %s", async (who) => {
    const { transitionAction } = await import("@/app/reports/[reportId]/workflow-actions");
    as(who);
    const before = await forbiddenLogged();
    const result = await transitionAction(h.fx().laochengReport, null, form({ transition: "submit" }));
    const allowed = who === "drafter" || who === "reviewer";
    expect(refused(result)).toBe(!allowed);
    if (allowed) expect(result).toEqual({ ok: true, newStatus: "submitted" });
    const status = (await h.db().report.findUniqueOrThrow({ where: { id: h.fx().laochengReport } })).status;
    expect(status).toBe(allowed ? "submitted" : "draft");
    // A person who is signed in and refused is an attempt worth logging.
    if (!allowed && who) expect(await forbiddenLogged()).toBe(before + 1);
  });

  it.each(PEOPLE)("审定通过 of a submitted 老城区 report as %s", async (who) => {
    const { transitionAction } = await import("@/app/reports/[reportId]/workflow-actions");
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "submitted" } });
    as(who);
    const result = await transitionAction(h.fx().laochengReport, null, form({ transition: "approve" }));
    expect(refused(result)).toBe(who !== "reviewer");
  });

  it.each(PEOPLE)("提交审核 of 西工区's report as %s", async (who) => {
    const { transitionAction } = await import("@/app/reports/[reportId]/workflow-actions");
    as(who);
    const result = await transitionAction(h.fx().xigongReport, null, form({ transition: "submit" }));
    // Only 西工区's own drafter may submit it (it then fails the final schema, which is not a refusal).
    expect(refused(result)).toBe(who !== "xigong");
  });
});

describe("comment actions", () => {
  // A draft is the unit's own: the city neither reads nor comments on it (refused for the report's state).
  it.each(PEOPLE)("commenting on 老城区's draft as %s", async (who) => {
    const { addCommentAction } = await import("@/app/reports/[reportId]/workflow-actions");
    as(who);
    const body = `来自${who ?? "匿名"}的意见`;
    const result = await addCommentAction(h.fx().laochengReport, null, form({ path: "preamble", body }));
    const allowed = who === "drafter" || who === "reviewer";
    expect(result.ok).toBe(allowed);
    expect(await h.db().comment.count({ where: { body } })).toBe(allowed ? 1 : 0);
  });

  it.each(PEOPLE)("commenting on 老城区's sent report as %s", async (who) => {
    const { addCommentAction } = await import("@/app/reports/[reportId]/workflow-actions");
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "sent" } });
    as(who);
    const body = `报送后来自${who ?? "匿名"}的意见`;
    const result = await addCommentAction(h.fx().laochengReport, null, form({ path: "preamble", body }));
    const allowed = who === "drafter" || who === "reviewer" || who === "city";
    expect(refused(result)).toBe(!allowed);
    expect(await h.db().comment.count({ where: { body } })).toBe(allowed ? 1 : 0);
  });

  it("resolving one report's comment through another report's id changes nothing", async () => {
    const { addCommentAction, resolveCommentAction } = await import("@/app/reports/[reportId]/workflow-actions");
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "sent" } });
    as("city");
    await addCommentAction(h.fx().laochengReport, null, form({ path: "", body: "市里的意见" }));
    const comment = await h.db().comment.findFirstOrThrow({ where: { body: "市里的意见" } });
    as("xigong");
    expect(await resolveCommentAction(h.fx().xigongReport, comment.id)).toMatchObject({ ok: false, status: "missing" });
    expect(await resolveCommentAction(h.fx().laochengReport, comment.id)).toMatchObject({ ok: false, status: "forbidden" });
    expect((await h.db().comment.findUniqueOrThrow({ where: { id: comment.id } })).resolvedAt).toBeNull();
  });
});

describe("admin actions", () => {
  it.each(PEOPLE)("creating an account as %s", async (who) => {
    const { createUserAction } = await import("@/app/admin/actions");
    as(who);
    const username = `new-${who ?? "anon"}`;
    const result = await createUserAction(
      null,
      form({ username, displayName: "新人", role: "drafter", organizationId: h.fx().districtId, password: "long-enough-pw" }),
    );
    expect(refused(result)).toBe(who !== "admin");
    expect(await h.db().user.count({ where: { username } })).toBe(who === "admin" ? 1 : 0);
  });

  it.each(PEOPLE)("creating an organization as %s", async (who) => {
    const { createOrganizationAction } = await import("@/app/admin/actions");
    as(who);
    const name = `测试单位${who ?? "anon"}`;
    const result = await createOrganizationAction(null, form({ name, shortName: "测试", parentId: h.fx().cityId }));
    expect(refused(result)).toBe(who !== "admin");
    expect(await h.db().organization.count({ where: { name } })).toBe(who === "admin" ? 1 : 0);
  });
});

describe("account actions", () => {
  it("changing the password needs a session and the current password", async () => {
    const { changePasswordAction } = await import("@/app/account/actions");
    as(null);
    expect(await changePasswordAction(null, form({ current: "x", next: "y", repeat: "y" }))).toMatchObject({ ok: false, status: "unauthenticated" });
    as("xigong");
    const wrong = await changePasswordAction(null, form({ current: "not-it", next: "new-password-1", repeat: "new-password-1" }));
    expect(wrong).toEqual({ ok: false, status: "invalid", message: "当前密码不正确", issues: [{ path: "current", message: "当前密码不正确" }] });
  });
});

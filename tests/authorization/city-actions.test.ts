import { beforeAll, describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";
import { request } from "../support/next-request";
import { createSession } from "@/lib/server/auth/sessions";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();
const form = (entries: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
};
/** Every demo role, 老城区's department (信访局), plus nobody signed in. */
const PEOPLE = ["drafter", "reviewer", "city", "admin", "xigong", "bureau", null] as const;
type Who = (typeof PEOPLE)[number];
let bureauId = "";
let bureauToken = "";
const as = (who: Who) => {
  if (who === "bureau") request.token = bureauToken;
  else h.as(who);
};

beforeAll(async () => {
  const bureau = await h.db().organization.create({ data: { name: "老城区信访局", shortName: "区信访局", parentId: h.fx().districtId, kind: "department" } });
  const clerk = await h.db().user.create({ data: { username: "bureau", displayName: "信访局填报人", role: "drafter", organizationId: bureau.id, passwordHash: "x" } });
  bureauId = bureau.id;
  bureauToken = (await createSession(h.db(), clerk.id)).token;
});

describe("催报 from the overview", () => {
  it.each(PEOPLE)("reminding 老城区 as %s", async (who) => {
    const { sendReminderAction } = await import("@/app/overview/actions");
    as(who);
    const before = await h.db().reminder.count({ where: { organizationId: h.fx().districtId } });
    const result = await sendReminderAction(null, form({ organizationId: h.fx().districtId, year: "2036" }));
    // The city's 上级审阅 and administrator follow its districts; nobody else reminds them.
    const allowed = who === "city" || who === "admin";
    expect(result.ok).toBe(allowed);
    expect(await h.db().reminder.count({ where: { organizationId: h.fx().districtId } })).toBe(before + (allowed ? 1 : 0));
  });
});

describe("a department and its office's report", () => {
  it("the department reads nothing of 老城区's report, draft or sent", async () => {
    const { listRevisionsAction } = await import("@/app/reports/[reportId]/edit/actions");
    const { addCommentAction } = await import("@/app/reports/[reportId]/workflow-actions");
    for (const status of ["draft", "sent", "published"]) {
      await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status } });
      as("bureau");
      expect(await listRevisionsAction({ reportId: h.fx().laochengReport })).toMatchObject({ ok: false, status: "forbidden" });
      expect(await addCommentAction(h.fx().laochengReport, null, form({ path: "", body: "部门意见" }))).toMatchObject({ ok: false });
    }
    expect(await h.db().comment.count({ where: { body: "部门意见" } })).toBe(0);
  });

  it.each(PEOPLE)("asking 信访局 for figures as %s", async (who) => {
    const { createRequestAction } = await import("@/app/collection/actions");
    as(who);
    const title = `征集-${who ?? "匿名"}`;
    const result = await createRequestAction(null, form({ year: "2036", title, deadline: "2037-01-20", figureIds: "petitions.letters", departmentIds: bureauId }));
    // Only 老城区's writers ask its departments; 西工区's drafter may collect, but not from 老城区's bureau.
    const allowed = who === "drafter" || who === "reviewer";
    expect(result.ok).toBe(allowed);
    expect(await h.db().dataRequest.count({ where: { title } })).toBe(allowed ? 1 : 0);
  });

  it.each(PEOPLE)("answering 信访局's request as %s, and accepting it", async (who) => {
    const { createRequestAction, saveReplyAction, acceptReplyAction } = await import("@/app/collection/actions");
    as("drafter");
    const title = `答复-${who ?? "匿名"}`;
    expect(await createRequestAction(null, form({ year: "2020", title, deadline: "2021-01-20", figureIds: "petitions.letters", departmentIds: bureauId }))).toMatchObject({ ok: true });
    const reply = await h.db().dataReply.findFirstOrThrow({ where: { request: { title } } });
    as(who);
    const answered = await saveReplyAction(null, form({ replyId: reply.id, intent: "submit", "value:petitions.letters": "66", "note:petitions.letters": "台账" }));
    expect(answered.ok).toBe(who === "bureau");
    expect((await h.db().dataReply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe(who === "bureau" ? "submitted" : "pending");
    if (who !== "bureau") return;
    // Only the office's writers take the answer into its report.
    for (const other of ["city", "xigong", "bureau", "admin"] as const) {
      as(other);
      expect((await acceptReplyAction(null, form({ replyId: reply.id }))).ok).toBe(false);
    }
    as("drafter");
    expect(await acceptReplyAction(null, form({ replyId: reply.id }))).toMatchObject({ ok: true, accepted: 1 });
  });
});

describe("unit settings", () => {
  it.each(PEOPLE)("opening 老城区's drafts to the city as %s", async (who) => {
    const { setUnitSettingsAction } = await import("@/app/admin/units/actions");
    as(who);
    const result = await setUnitSettingsAction(null, form({ organizationId: h.fx().districtId, kind: "government", contactName: "张三", contactPhone: "0379-1234567", parentReadsDrafts: "on" }));
    const allowed = who === "admin";
    expect(result.ok).toBe(allowed);
    const org = await h.db().organization.findUniqueOrThrow({ where: { id: h.fx().districtId } });
    expect(org.parentReadsDrafts).toBe(allowed);
    await h.db().organization.update({ where: { id: h.fx().districtId }, data: { parentReadsDrafts: false } });
  });

  it("once opened, the city reads 老城区's draft", async () => {
    const { listRevisionsAction } = await import("@/app/reports/[reportId]/edit/actions");
    as("city");
    expect((await listRevisionsAction({ reportId: h.fx().laochengReport })).ok).toBe(false);
    await h.db().organization.update({ where: { id: h.fx().districtId }, data: { parentReadsDrafts: true } });
    expect((await listRevisionsAction({ reportId: h.fx().laochengReport })).ok).toBe(true);
    await h.db().organization.update({ where: { id: h.fx().districtId }, data: { parentReadsDrafts: false } });
  });
});

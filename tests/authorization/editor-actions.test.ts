import { describe, expect, it, vi } from "vitest";
import { actionHarness } from "../support/action-harness";
import { getReport } from "@/lib/server/reports/get-report";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();
const as = h.as;
const PEOPLE = ["drafter", "reviewer", "city", "admin", "xigong", null] as const;
const WRITERS: readonly (string | null)[] = ["drafter", "reviewer"];
/** Of a draft: its own people only; the city reads a unit's report from 已报送 on. */
const READERS: readonly (string | null)[] = ["drafter", "reviewer"];
const READERS_ONCE_SENT: readonly (string | null)[] = ["drafter", "reviewer", "city", "admin"];
/** Refused for who is asking or for the report's state (not for what they sent). */
const refused = (r: { ok: boolean; status?: string }) => !r.ok && ["unauthenticated", "forbidden", "state"].includes(r.status ?? "");

describe("editor actions on 老城区's report", () => {
  it.each(PEOPLE)("saving as %s", async (who) => {
    const { autosave } = await import("@/lib/server/reports/autosave");
    const current = await getReport(h.db(), h.fx().laochengReport);
    if (!current) throw new Error("missing");
    as(who);
    const preamble = `由${who ?? "匿名"}改写的导语`;
    const result = await autosave({ reportId: h.fx().laochengReport, baseVersion: current.version, content: { ...current.report, preamble } });
    expect(refused(result)).toBe(!WRITERS.includes(who));
    expect((await getReport(h.db(), h.fx().laochengReport))?.report.preamble === preamble).toBe(WRITERS.includes(who));
  });

  it("saving is refused once the report is under review, and the text is not written", async () => {
    const { autosave } = await import("@/lib/server/reports/autosave");
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "submitted" } });
    const current = await getReport(h.db(), h.fx().laochengReport);
    as("drafter");
    const result = await autosave({ reportId: h.fx().laochengReport, baseVersion: current?.version, content: { ...current?.report, preamble: "审核中改写" } });
    expect(result).toMatchObject({ ok: false, status: "state", message: "报告当前的状态不允许此操作" });
    expect((await getReport(h.db(), h.fx().laochengReport))?.report.preamble).not.toBe("审核中改写");
  });

  it.each(PEOPLE)("restoring a revision as %s", async (who) => {
    const { restoreRevisionAction } = await import("@/app/reports/[reportId]/edit/actions");
    const current = await getReport(h.db(), h.fx().laochengReport);
    as(who);
    const result = await restoreRevisionAction({ reportId: h.fx().laochengReport, version: 1, baseVersion: current?.version });
    expect(refused(result)).toBe(!WRITERS.includes(who));
  });

  it.each(PEOPLE)("listing and reading revisions as %s", async (who) => {
    const { listRevisionsAction, getRevisionAction } = await import("@/app/reports/[reportId]/edit/actions");
    as(who);
    const list = await listRevisionsAction({ reportId: h.fx().laochengReport });
    const one = await getRevisionAction({ reportId: h.fx().laochengReport, version: 1 });
    expect(list.ok && list.revisions.length > 0).toBe(READERS.includes(who));
    expect(one.ok).toBe(READERS.includes(who));
  });

  it.each(PEOPLE)("listing revisions of the sent report as %s", async (who) => {
    const { listRevisionsAction } = await import("@/app/reports/[reportId]/edit/actions");
    await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "sent" } });
    as(who);
    const list = await listRevisionsAction({ reportId: h.fx().laochengReport });
    expect(list.ok).toBe(READERS_ONCE_SENT.includes(who));
  });

  it.each(PEOPLE)("asking for the open 批注 (the editor's poll) as %s", async (who) => {
    const { addEditorCommentAction, listEditorCommentsAction } = await import("@/app/reports/[reportId]/edit/comment-actions");
    as("reviewer");
    const added = await addEditorCommentAction({ reportId: h.fx().laochengReport, path: "", body: `给${who ?? "匿名"}看的批注` });
    expect(added.ok).toBe(true);
    as(who);
    const result = await listEditorCommentsAction({ reportId: h.fx().laochengReport });
    expect(refused(result)).toBe(!READERS.includes(who));
    expect(result.ok && result.comments.some((c) => c.body === `给${who ?? "匿名"}看的批注`)).toBe(READERS.includes(who));
  });

  it.each(PEOPLE)("submitting from the editor as %s", async (who) => {
    const { submitForReviewAction } = await import("@/app/reports/[reportId]/edit/actions");
    const current = await getReport(h.db(), h.fx().laochengReport);
    as(who);
    const outcome = await submitForReviewAction({ reportId: h.fx().laochengReport, version: current?.version });
    expect(outcome.ok).toBe(WRITERS.includes(who));
  });
});

describe("creating reports for 老城区", () => {
  it.each(PEOPLE)("a new year from the home page as %s", async (who) => {
    const { createReportAction } = await import("@/app/reports/actions");
    as(who);
    const result = await createReportAction({ organizationId: h.fx().districtId, year: 2023 });
    expect(result.ok).toBe(WRITERS.includes(who));
    expect(await h.db().report.count({ where: { organizationId: h.fx().districtId, year: 2023 } })).toBe(WRITERS.includes(who) ? 1 : 0);
  });

  it.each(PEOPLE)("next year from last year as %s", async (who) => {
    const { startNextYearAction } = await import("@/app/organizations/[organizationId]/actions");
    as(who);
    const form = new FormData();
    form.set("organizationId", h.fx().districtId);
    form.set("fromYear", "2020");
    form.set("carryTexts", "on");
    const result = await startNextYearAction(null, form);
    expect(result.ok).toBe(WRITERS.includes(who));
    expect(await h.db().report.count({ where: { organizationId: h.fx().districtId, year: 2021 } })).toBe(WRITERS.includes(who) ? 1 : 0);
  });

  it.each(PEOPLE)("importing a text as %s", async (who) => {
    const { analyseImportAction } = await import("@/app/organizations/[organizationId]/import/actions");
    as(who);
    const form = new FormData();
    form.set("organizationId", h.fx().districtId);
    form.set("year", "2019");
    form.set("text", "洛阳市人民政府：\n2019年以来，我区依法行政。现将有关情况报告如下：\n一、主要举措\n（一）加强学法。全年学法5次。\n特此报告。\n2020年2月1日");
    const result = await analyseImportAction(null, form);
    expect(result.ok).toBe(WRITERS.includes(who));
  });
});

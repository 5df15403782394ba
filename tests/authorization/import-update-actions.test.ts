import { describe, expect, it, vi } from "vitest";
import { getReport } from "@/lib/server/reports/get-report";
import { saveReport } from "@/lib/server/reports/save-report";
import { actionHarness } from "../support/action-harness";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// redirect() ends a successful update; here it is recorded instead of thrown.
const redirects: string[] = [];
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    redirects.push(to);
  },
}));

const h = actionHarness();
const PEOPLE = ["drafter", "reviewer", "city", "admin", "xigong", null] as const;
const WRITERS: readonly (string | null)[] = ["drafter", "reviewer"];
const refused = (r: { ok: boolean; status?: string } | undefined) => !!r && !r.ok && ["unauthenticated", "forbidden", "state"].includes(r.status ?? "");

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

/** 用导入的内容更新现有报告: the content the import review showed, saved as a new version of 老城区's report. */
describe("updating a report from an imported file", () => {
  it.each(PEOPLE)("as %s", async (who) => {
    const { updateFromImportAction } = await import("@/app/organizations/[organizationId]/import/actions");
    const current = await getReport(h.db(), h.fx().laochengReport);
    if (!current) throw new Error("missing");
    h.as(who);
    const preamble = `按${who ?? "匿名"}导入的文件改写的导语`;
    const result = await updateFromImportAction(null, form({ reportId: h.fx().laochengReport, baseVersion: String(current.version), content: JSON.stringify({ ...current.report, preamble }) }));
    expect(refused(result)).toBe(!WRITERS.includes(who));
    const after = await getReport(h.db(), h.fx().laochengReport);
    expect(after?.report.preamble === preamble).toBe(WRITERS.includes(who));
    if (WRITERS.includes(who)) expect(after?.version).toBe(current.version + 1);
  });

  it("meets a save made since the differences were shown as a conflict, and writes nothing", async () => {
    const { updateFromImportAction } = await import("@/app/organizations/[organizationId]/import/actions");
    const current = await getReport(h.db(), h.fx().laochengReport);
    if (!current) throw new Error("missing");
    // Someone saves after the import was analysed against `current`.
    const saved = await saveReport(h.db(), null, { reportId: h.fx().laochengReport, baseVersion: current.version, content: { ...current.report, preamble: "他人刚保存的导语" } });
    expect(saved.ok).toBe(true);
    h.as("drafter");
    const result = await updateFromImportAction(null, form({ reportId: h.fx().laochengReport, baseVersion: String(current.version), content: JSON.stringify({ ...current.report, preamble: "过期的导入" }) }));
    expect(result).toMatchObject({ ok: false, status: "conflict" });
    expect((await getReport(h.db(), h.fx().laochengReport))?.report.preamble).not.toBe("过期的导入");
  });

  it("answers malformed input with a message, never a crash", async () => {
    const { updateFromImportAction } = await import("@/app/organizations/[organizationId]/import/actions");
    h.as("drafter");
    const reportId = h.fx().laochengReport;
    expect(await updateFromImportAction(null, form({ reportId, baseVersion: "abc", content: "{}" }))).toMatchObject({ ok: false, status: "invalid" });
    expect(await updateFromImportAction(null, form({ reportId, baseVersion: "1", content: "{" }))).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "content", message: "导入的内容已损坏，请重新导入" }] });
    expect(await updateFromImportAction(null, "x")).toMatchObject({ ok: false, status: "invalid" });
  });
});

import { describe, expect, it } from "vitest";
import { actionHarness } from "../support/action-harness";
import type { TestDatabase } from "../support/test-db";
import { readContent } from "@/lib/server/reports/content";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};
const CHINESE = /\p{Script=Han}/u;

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/**
 * Input no form would send, from someone allowed to act or from nobody:
 * control characters, nesting thousands deep, megabyte usernames. Run on
 * each database (the test files name it), since PostgreSQL refuses NUL
 * where SQLite stores it. The test file mocks next/headers.
 */
export function boundedInputSuite(engine: string, make: () => Promise<TestDatabase>) {
  describe(`bounded input [${engine}]`, () => {
    const h = actionHarness(make);

    it("a comment with NUL and other control characters is saved without them, tabs and line breaks kept", async () => {
      const { addCommentAction } = await import("@/app/reports/[reportId]/workflow-actions");
      h.as("reviewer");
      const result = await addCommentAction(h.fx().laochengReport, null, form({ path: "pre\u0000amble", body: "请\u0000补充\u0007数据\u000b。\n第二行\t完" }));
      expect(result).toMatchObject({ ok: true });
      const comment = await h.db().comment.findFirstOrThrow({ where: { body: { startsWith: "请补充" } } });
      expect(comment).toMatchObject({ path: "preamble", body: "请补充数据。\n第二行\t完" });
    });

    it("退回修改 with NUL in its text returns the report, its comment and audit line without it", async () => {
      const { transitionAction } = await import("@/app/reports/[reportId]/workflow-actions");
      await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "submitted" } });
      h.as("reviewer");
      const result = await transitionAction(h.fx().laochengReport, null, form({ transition: "return", text: "退回\u0000意见", path: "x".repeat(200) }));
      expect(result).toEqual({ ok: true, newStatus: "returned" });
      expect(await h.db().comment.count({ where: { body: "退回意见" } })).toBe(1);
      expect(await h.db().auditEvent.count({ where: { action: "return", detail: "退回意见" } })).toBe(1);
    });

    it("a comment path or 退回修改 text beyond its limit is refused on its field, nothing written", async () => {
      const { addCommentAction, transitionAction } = await import("@/app/reports/[reportId]/workflow-actions");
      await h.db().report.update({ where: { id: h.fx().laochengReport }, data: { status: "submitted" } });
      h.as("reviewer");
      const before = await h.db().comment.count();
      const longPath = await addCommentAction(h.fx().laochengReport, null, form({ path: "p".repeat(201), body: "意见" }));
      expect(longPath).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "path", message: expect.stringMatching(CHINESE) }] });
      const longText = await transitionAction(h.fx().laochengReport, null, form({ transition: "return", text: "长".repeat(5001) }));
      expect(longText).toMatchObject({ ok: false, status: "invalid", issues: [{ path: "text", message: "意见不能超过5000个字符" }] });
      expect(await h.db().comment.count()).toBe(before);
      expect((await h.db().report.findUniqueOrThrow({ where: { id: h.fx().laochengReport } })).status).toBe("submitted");
    });

    it("a username with NUL, or a megabyte long, is refused like any wrong login and logged bounded", async () => {
      const { logInAction } = await import("@/app/login/actions");
      h.as(null);
      const nul = await logInAction(null, form({ username: "revie\u0000wer-x", password: "wrong-password" }));
      expect(nul).toMatchObject({ ok: false, message: expect.stringMatching(CHINESE) });
      // A megabyte is refused before anything is logged (no account has a name that long);
      // the longest name the form lets through is logged cut to 64 characters.
      const huge = "u".repeat(1_000_000);
      const long = await logInAction(null, form({ username: huge, password: "wrong-password" }));
      expect(long).toMatchObject({ ok: false, message: expect.stringMatching(CHINESE) });
      const longest = await logInAction(null, form({ username: "v".repeat(100), password: "wrong-password" }));
      expect(longest).toMatchObject({ ok: false, message: expect.stringMatching(CHINESE) });
      expect(await h.db().auditEvent.count({ where: { username: { startsWith: "uuu" } } })).toBe(0);
      const logged = await h.db().auditEvent.findMany({ where: { username: { startsWith: "vvv" } } });
      expect(logged.length).toBeGreaterThan(0);
      for (const event of logged) expect(event.username?.length).toBeLessThanOrEqual(64);
      expect(await h.db().auditEvent.count({ where: { username: "reviewer-x" } })).toBeGreaterThan(0);
    });

    it("input nested 5,000 deep is refused as invalid, in Chinese, by every kind of action", async () => {
      const { autosave } = await import("@/lib/server/reports/autosave");
      const { createReportAction } = await import("@/app/reports/actions");
      h.as("drafter");
      const current = await h.db().report.findUniqueOrThrow({ where: { id: h.fx().laochengReport } });
      const tooDeep = { ok: false, status: "invalid", message: expect.stringMatching(/层级过深/) };
      expect(await autosave({ reportId: current.id, baseVersion: current.version, content: nested(5000, "x") })).toMatchObject(tooDeep);
      expect(await autosave(nested(100_000, []))).toMatchObject(tooDeep);
      expect(await createReportAction(nested(5000, null))).toMatchObject(tooDeep);
      expect((await h.db().report.findUniqueOrThrow({ where: { id: current.id } })).version).toBe(current.version);
      // A real report nests far less deep and still saves.
      const saved = await autosave({ reportId: current.id, baseVersion: current.version, content: readContent(current.content).report });
      expect(saved).toMatchObject({ ok: true, version: current.version + 1 });
    });
  });
}

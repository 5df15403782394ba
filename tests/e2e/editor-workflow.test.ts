import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { createDb } from "../../lib/db/client";
import { finalReportSchema } from "../../lib/report/schema";
import { saveReport } from "../../lib/server/reports/save-report";
import { getReport } from "../../lib/server/reports/get-report";
import laocheng from "../../lib/report/fixtures/laocheng-2020.json";
import { launchBrowser } from "../support/browser";
import { DRAFTER, newReport, openEditor, part, saveStatus, signIn, waitSaved, fillField } from "./editor-support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Puts content into a report as a save would, so the editor opens on it. */
async function fill(reportId: string, change: (r: ReturnType<typeof finalReportSchema.parse>) => void) {
  const db = createDb(inject("databaseUrl"));
  try {
    const stored = await getReport(db, reportId);
    if (!stored) throw new Error("missing report");
    const report = finalReportSchema.parse(laocheng);
    change(report);
    const result = await saveReport(db, null, { reportId, baseVersion: stored.version, content: report });
    if (!result.ok) throw new Error(result.message);
  } finally {
    await db.disconnect();
  }
}

it("keeps the work when the session expires mid-edit, and saves it once the person signs in again", async () => {
  const reportId = await newReport(2040);
  const context = await browser.newContext();
  await signIn(context);
  const page = await context.newPage();
  await openEditor(page, reportId);
  await part(page, "导语");
  const preamble = page.getByRole("textbox", { name: "导语（以“现将……报告如下：”结尾）" });
  await fillField(preamble, "会话过期前写的导语。");
  await waitSaved(page);

  // The session ends on the server (idle timeout, or an administrator ending it).
  const db = createDb(inject("databaseUrl"));
  const user = await db.user.findUniqueOrThrow({ where: { username: DRAFTER } });
  await db.session.deleteMany({ where: { userId: user.id } });

  await fillField(preamble, "会话过期前写的导语。过期之后继续写的内容。");
  await saveStatus(page).filter({ hasText: "登录已过期" }).waitFor();
  expect(await page.getByRole("link", { name: "在新窗口重新登录" }).count()).toBe(1);
  expect((await getReport(db, reportId))?.report.preamble).toBe("会话过期前写的导语。");

  // Signing in again (in another tab, as the link offers) lets the editor's retry save the work.
  await signIn(context);
  await waitSaved(page);
  expect((await getReport(db, reportId))?.report.preamble).toBe("会话过期前写的导语。过期之后继续写的内容。");
  await db.disconnect();
  await context.close();
});

it("shows last year's figures and the reviewers' open comments beside their part", async () => {
  const lastYear = await newReport(2041);
  await fill(lastYear, (r) => {
    r.header.year = 2041;
  });
  const reportId = await newReport(2042);
  const db = createDb(inject("databaseUrl"));
  const user = await db.user.findUniqueOrThrow({ where: { username: DRAFTER } });
  await db.comment.create({ data: { reportId, path: "figures", body: "请核对行政诉讼案件数", authorId: user.id } });
  await db.comment.create({ data: { reportId, path: "preamble", body: "已处理的意见", authorId: user.id, resolvedAt: new Date() } });
  await db.disconnect();

  const context = await browser.newContext();
  await signIn(context);
  const page = await context.newPage();
  await openEditor(page, reportId);
  await part(page, /行政复议与行政应诉/);
  const comments = page.getByRole("region", { name: "本部分的批注" });
  expect(await comments.textContent()).toContain("请核对行政诉讼案件数");
  const lawsuits = page.locator(".figure-field").filter({ hasText: "行政诉讼案件" });
  expect(await lawsuits.locator(".previous").textContent()).toBe("去年: 77起");
  // A resolved comment is no longer shown.
  await part(page, "导语");
  expect(await page.getByText("已处理的意见").count()).toBe(0);
  await context.close();
});

it("submits a complete report from the editor into review", async () => {
  const reportId = await newReport(2043);
  await fill(reportId, (r) => {
    r.header.year = 2043;
    r.header.date = "2044-02-24";
  });
  const context = await browser.newContext();
  await signIn(context);
  const page = await context.newPage();
  await openEditor(page, reportId);
  await page.getByRole("region", { name: "提交审核" }).getByRole("button", { name: "提交审核" }).click();
  await page.waitForURL(`${inject("baseURL")}/reports/${reportId}`);
  await page.getByRole("heading", { level: 1 }).getByText("待审核", { exact: true }).waitFor();
  // Under review the editor is closed: opening it leads back to the read-only page.
  await page.goto(`${inject("baseURL")}/reports/${reportId}/edit`);
  expect(new URL(page.url()).pathname).toBe(`/reports/${reportId}`);
  await context.close();
});

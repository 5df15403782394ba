import { afterAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { editorSession, fieldValue, fillField, newReport, part, putContent, saveStatus, storedContent, waitSaved } from "./editor-support";

/*
 * The editor's signals agree (outline badges, 待解决的问题 and its count),
 * reload recovery shows no false conflict, and leaving with unsaved work
 * asks first. 涧西区's 2053 and 2054 reports.
 */
const browsers: Browser[] = [];
afterAll(async () => {
  for (const b of browsers) await b.close();
});

const PREAMBLE = "导语（以“现将……报告如下：”结尾）";

it("shows one list of problems: the outline's 有问题 where the panel lists them, counted as listed, and a topic with 1 figure stated 未完成", { timeout: 150_000 }, async () => {
  const reportId = await newReport(2053);
  const content = await storedContent(reportId);
  // One cross-check over three figures: one message, three fields.
  content.figures.petitions.assigned = 41;
  content.figures.petitions.resolved = 40;
  content.figures.petitions.unresolved = 2;
  content.figures.reconsiderationLitigation.lawsuits = 77;
  await putContent(reportId, content);
  const { browser, page } = await editorSession(reportId);
  browsers.push(browser);
  page.setDefaultTimeout(30_000);

  const outline = page.getByRole("navigation", { name: "报告大纲" });
  const summary = page.getByRole("region", { name: "待解决的问题" });
  await summary.getByRole("heading", { name: "待解决的问题（1）" }).waitFor();
  expect(await summary.getByRole("listitem").count()).toBe(1);
  const flagged = await outline.getByRole("button").filter({ hasText: "有问题" }).allTextContents();
  expect(flagged.map((t) => t.replace(/有问题.*/, ""))).toEqual(["数据：信访"]);
  // A topic with one of its figures stated is not 已完成.
  const litigation = outline.getByRole("button", { name: /^数据：行政复议与行政应诉/ });
  expect(await litigation.textContent()).toMatch(/^数据：行政复议与行政应诉未完成1\/\d+$/);

  // Fixing the figure clears both at once.
  await part(page, "数据：信访");
  await page.getByLabel("上级交办信访事项", { exact: true }).fill("42");
  await summary.getByText("暂无").waitFor();
  expect(await outline.getByRole("button").filter({ hasText: "有问题" }).count()).toBe(0);
  await summary.getByRole("heading", { name: "待解决的问题" }).waitFor();
});

it("restores work after a reload without a false conflict when the server already holds the same text, and asks before leaving unsaved work", { timeout: 150_000 }, async () => {
  const reportId = await newReport(2054);
  const { browser, page } = await editorSession(reportId);
  browsers.push(browser);
  page.setDefaultTimeout(30_000);
  const saveUrl = `**/reports/${reportId}/content`;
  // The saves of this page do not reach the server: the work is only in the page and its local copy.
  await page.route(saveUrl, (route) => route.abort());
  await part(page, /^导语/);
  const text = "重新载入前写的导语。现将有关情况报告如下：";
  await fillField(page.getByLabel(PREAMBLE), text);
  await saveStatus(page).filter({ hasText: "保存失败" }).waitFor();

  await page.reload();
  await page.locator("html[data-editor-ready='true']").waitFor();
  const banner = page.getByRole("alertdialog", { name: "发现未保存的修改" });
  await banner.waitFor();
  // Meanwhile the page's own last save lands on the server (as one sent while the page unloaded does).
  const landed = await storedContent(reportId);
  landed.preamble = text;
  await putContent(reportId, landed);
  await page.unroute(saveUrl);

  await banner.getByRole("button", { name: "恢复" }).click();
  await waitSaved(page);
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  expect((await storedContent(reportId)).preamble).toBe(text);

  // Offline, a change stays unsaved: an in-app link asks first, and staying keeps the page.
  await page.context().setOffline(true);
  await part(page, /^导语/);
  await fillField(page.getByLabel(PREAMBLE), `${text}离线时补充。`);
  await saveStatus(page).filter({ hasText: "离线" }).waitFor();
  // The question blocks the page until answered, so it is answered as it comes (staying).
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.type(), dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "查看" }).click();
  expect(asked).toEqual(["confirm", "有修改尚未保存到服务器（已暂存在本机）。确定离开本页吗？"]);
  expect(new URL(page.url()).pathname).toBe(`/reports/${reportId}/edit`);
  expect(await fieldValue(page.getByLabel(PREAMBLE))).toBe(`${text}离线时补充。`);

  // Closing the tab asks too (the browser's own question).
  const unload = new Promise<string>((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await unload).toBe("beforeunload");
});

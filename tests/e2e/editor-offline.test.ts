import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { getReport } from "../../lib/server/reports/get-report";
import { openEditor, part, saveStatus, newReport, signIn, waitSaved, fieldValue, fillField } from "./editor-support";

let browser: Browser;
let reportId: string;

beforeAll(async () => {
  reportId = await newReport(2023);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PREAMBLE = "导语（以“现将……报告如下：”结尾）";

it("keeps what was typed offline after the page is closed, offers it back, and saves it", async () => {
  const context = await browser.newContext();
  await signIn(context);
  let page = await context.newPage();
  await openEditor(page, reportId);
  await part(page, /^导语/);
  await fillField(page.getByLabel(PREAMBLE), "联网时写的导语。");
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);

  const probe = await context.newPage();
  await probe.goto(`${inject("baseURL")}/fonts`);
  await context.setOffline(true);
  const offlineText = "联网时写的导语。断网后继续写的内容，𠮷䶮😀。";
  await fillField(page.getByLabel(PREAMBLE), offlineText);
  await saveStatus(page).filter({ hasText: "离线：修改暂存在本机" }).waitFor();
  // The page wrote its copy before saying so, but Chromium hands a page's
  // localStorage writes to the browser process asynchronously; on a loaded
  // machine, closing the page at once could drop the write in flight. Wait
  // until another page of the site (opened while online) sees the copy, as
  // the next visit will.
  await probe.waitForFunction(([key, text]) => window.localStorage.getItem(key)?.includes(text) ?? false, [`fazhi-nianbao:unsaved:${reportId}`, offlineText] as const);
  await probe.close();
  await page.close();

  await context.setOffline(false);
  page = await context.newPage();
  await openEditor(page, reportId);
  const banner = page.getByRole("alertdialog", { name: "发现未保存的修改" });
  await banner.waitFor();
  expect(await banner.getByRole("row", { name: /^导语/ }).getByRole("cell").allTextContents()).toEqual([offlineText, "联网时写的导语。"]);
  await banner.getByRole("button", { name: "恢复" }).click();
  await waitSaved(page);
  await part(page, /^导语/);
  expect(await fieldValue(page.getByLabel(PREAMBLE))).toBe(offlineText);

  const d = createDb(inject("databaseUrl"));
  try {
    expect((await getReport(d, reportId))?.report.preamble).toBe(offlineText);
  } finally {
    await d.disconnect();
  }

  // Confirmed by the server, the local copy is gone: the next visit offers nothing.
  await page.reload();
  await page.locator("html[data-editor-ready='true']").waitFor();
  await waitSaved(page);
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  await context.close();
});

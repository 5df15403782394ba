import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { getReport } from "../../lib/server/reports/get-report";
import { listRevisions } from "../../lib/server/reports/list-revisions";
import { getRevision } from "../../lib/server/reports/get-revision";
import { openEditor, part, saveStatus, newReport, signIn, waitSaved, fieldValue, fillField } from "./editor-support";

let browser: Browser;
let reportId: string;
const db = () => createDb(inject("databaseUrl"));

beforeAll(async () => {
  reportId = await newReport(2022);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PREAMBLE = "导语（以“现将……报告如下：”结尾）";
const A_TEXT = "甲：2022年以来，在市委、市政府和区委的正确领导下，……现将有关情况报告如下：";
const B_TEXT = "乙：2022年，区政府坚持以习近平法治思想为指导，……现将有关情况报告如下：";

async function editorFor(context: BrowserContext) {
  await signIn(context);
  const page = await context.newPage();
  await openEditor(page, reportId);
  await part(page, /^导语/);
  return page;
}

it("shows the second person the conflict with both texts, overwrites nothing, and lets them keep theirs", async () => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await editorFor(a);
  const pageB = await editorFor(b);

  await fillField(pageA.getByLabel(PREAMBLE), A_TEXT);
  await saveStatus(pageA).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(pageA);

  // B started from the same version: the save meets A's and writes nothing.
  await fillField(pageB.getByLabel(PREAMBLE), B_TEXT);
  const dialog = pageB.getByRole("alertdialog", { name: "保存冲突" });
  await dialog.waitFor();
  expect(await saveStatus(pageB).textContent()).toBe("未保存：他人已保存了新版本");
  const row = dialog.getByRole("row", { name: /^导语/ });
  expect(await row.getByRole("cell").allTextContents()).toEqual([B_TEXT, A_TEXT, ""]);
  let d = db();
  try {
    expect((await getReport(d, reportId))?.report.preamble).toBe(A_TEXT);
  } finally {
    await d.disconnect();
  }

  await dialog.getByRole("button", { name: "保留我的版本" }).click();
  await waitSaved(pageB);
  expect(await pageB.getByRole("alertdialog").count()).toBe(0);
  expect(await fieldValue(pageB.getByLabel(PREAMBLE))).toBe(B_TEXT);

  // B's text is current; A's is still a revision of its own, one version below.
  d = db();
  try {
    const stored = await getReport(d, reportId);
    expect(stored?.report.preamble).toBe(B_TEXT);
    const versions = (await listRevisions(d, reportId)).map((r) => r.version);
    expect(versions).toEqual([3, 2, 1]);
    expect(await getRevision(d, { reportId, version: 2 })).toMatchObject({ ok: true, report: { preamble: A_TEXT } });
  } finally {
    await d.disconnect();
  }

  // The revision list shows A's version; comparing shows what B changed.
  await pageB.getByRole("button", { name: "修订记录" }).click();
  const revisions = pageB.getByRole("region", { name: "修订记录" });
  const v2 = revisions.getByRole("row", { name: /版本 2/ });
  await v2.getByRole("button", { name: "与当前对比" }).click();
  const diff = revisions.getByLabel("版本 2 与当前内容的差异");
  await diff.waitFor();
  expect(await diff.locator("del").allTextContents()).toContain("甲");
  expect(await diff.locator("ins").allTextContents()).toContain("乙");
  await a.close();
  await b.close();
});

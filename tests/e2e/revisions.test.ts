import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb } from "../../lib/db/client";
import { getRevision } from "../../lib/server/reports/get-revision";
import { editorSession, fillField, newReport, part, saveStatus, waitSaved } from "./editor-support";

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  reportId = await newReport(2034);
  ({ browser, page } = await editorSession(reportId));
});
afterAll(async () => {
  await browser?.close();
});

const PREAMBLE = "导语（以“现将……报告如下：”结尾）";
const FIRST = "2034年，区政府推进依法行政，全面落实各项制度。现将有关情况报告如下：";
const SUBMITTED = "2034年，区政府推进依法行政，全面落实各项工作制度。现将有关情况报告如下：";
const LATER = "2034年，区政府深入推进依法行政，全面落实各项工作制度，成效明显。现将有关情况报告如下：";

async function typePreamble(text: string) {
  await page.getByRole("button", { name: "编辑", exact: true }).click();
  await part(page, /^导语/);
  await fillField(page.getByLabel(PREAMBLE), text);
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
}

const revisions = () => page.getByRole("region", { name: "修订记录" });
const rowTexts = async () => (await revisions().locator("tbody tr").allTextContents()).map((t) => t.replace(/\s+/g, " "));

it("folds two saves by the same person into one revision with their name, keeps a named version, and steps through the changes", async () => {
  await typePreamble(FIRST);
  await typePreamble(SUBMITTED);

  await page.getByRole("button", { name: "修订记录" }).click();
  await revisions().getByRole("row", { name: /版本 3（当前）/ }).waitFor();
  // Two saves, one revision: version 3 holds the second, by 涧西区起草人; version 1 is the report as created.
  const rows = await rowTexts();
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatch(/^版本 3（当前）.*涧西区起草人.*（保存 2 次）/);
  expect(rows[1]).toMatch(/^版本 1\D/);

  const v3 = revisions().getByRole("row", { name: /版本 3/ });
  await v3.getByRole("button", { name: "命名" }).click();
  await v3.getByLabel("版本 3 的名称").fill("报送版");
  await v3.getByRole("button", { name: "确定" }).click();
  await revisions().getByText("版本 3 已命名为“报送版”").waitFor();
  expect(await v3.locator(".revision-name").textContent()).toBe("报送版");

  // The next save, a moment later by the same person, does not fold into the named version.
  await typePreamble(LATER);
  await page.getByRole("button", { name: "修订记录" }).click();
  await revisions().getByRole("row", { name: /版本 4（当前）/ }).waitFor();
  const after = await rowTexts();
  expect(after).toHaveLength(3);
  expect(after[0]).toMatch(/^版本 4（当前）.*涧西区起草人/);
  expect(after[1]).toMatch(/^版本 3\s*报送版.*涧西区起草人.*（保存 2 次）/);
  const db = createDb(inject("databaseUrl"));
  try {
    expect(await getRevision(db, { reportId, version: 3 })).toMatchObject({ ok: true, report: { preamble: SUBMITTED } });
  } finally {
    await db.disconnect();
  }

  // 报送版 against now: two changes (深入, ，成效明显), reached with 下一处 and 上一处.
  await revisions().getByRole("row", { name: /版本 3/ }).getByRole("button", { name: "与当前对比" }).click();
  const diff = revisions().getByLabel("版本 3 与当前内容的差异");
  await diff.getByText("共 2 处修改").waitFor();
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  await diff.getByRole("button", { name: "下一处" }).click();
  await diff.getByText("第 1 / 2 处修改").waitFor();
  expect(await focused()).toBe("深入");
  await diff.getByRole("button", { name: "下一处" }).click();
  await diff.getByText("第 2 / 2 处修改").waitFor();
  expect(await focused()).toBe("，成效明显");
  await diff.getByRole("button", { name: "上一处" }).click();
  await diff.getByText("第 1 / 2 处修改").waitFor();
  expect(await focused()).toBe("深入");
});

import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { getReport } from "../../lib/server/reports/get-report";
import { openEditor, part, saveStatus, newReport, signIn, waitSaved } from "./editor-support";

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  reportId = await newReport(2021);
  browser = await launchBrowser();
  const context = await browser.newContext();
  await signIn(context);
  page = await context.newPage();
  await openEditor(page, reportId);
});
afterAll(async () => {
  await browser?.close();
});

const isFocused = (label: string) => page.getByLabel(label, { exact: true }).evaluate((el) => el === document.activeElement);

it("shows a broken cross-check on every field concerned, and the summary's link goes to the field", async () => {
  await part(page, "数据：信访");
  await page.getByLabel("上级交办信访事项", { exact: true }).fill("41");
  await page.getByLabel("交办信访事项已化解", { exact: true }).fill("40");
  await page.getByLabel("交办信访事项未化解", { exact: true }).fill("2");
  const message = "交办信访事项已化解（40）与交办信访事项未化解（2）之和为42，与上级交办信访事项（41）不一致";
  const figures = page.getByRole("region", { name: "数据：信访" });
  expect(await figures.getByRole("alert").filter({ hasText: message }).count()).toBe(3);
  await page.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /数据：信访.*有问题/ }).waitFor();

  // From another part, the summary's link switches back and focuses the field.
  await part(page, /^导语/);
  const summary = page.getByRole("region", { name: "待解决的问题" });
  const entry = summary.getByRole("listitem").filter({ hasText: message });
  await entry.getByRole("button", { name: "数据：交办信访事项已化解" }).click();
  await figures.waitFor();
  expect(await isFocused("交办信访事项已化解")).toBe(true);

  // Fixing the number clears the message everywhere.
  await page.getByLabel("交办信访事项已化解", { exact: true }).fill("39");
  await figures.getByRole("alert").first().waitFor({ state: "detached" });
  await summary.getByText("暂无").waitFor();
});

it("points out a typed number that contradicts its figure, naming both numbers", async () => {
  await part(page, "数据：行政复议与行政应诉");
  await page.getByLabel("行政诉讼案件", { exact: true }).fill("77");
  await part(page, /^导语/);
  await page.getByLabel("导语（以“现将……报告如下：”结尾）").fill("2021年以来，共接收行政诉讼案件78起。现将有关情况报告如下：");
  const warning = "正文写的“行政诉讼案件78起”与数据“行政诉讼案件”（77起）不一致：正文为78，数据为77。可改为插入数据引用";
  await page.getByRole("region", { name: "导语" }).getByRole("status").filter({ hasText: warning }).waitFor();
  await page.getByRole("region", { name: "待解决的问题" }).getByRole("listitem").filter({ hasText: warning }).waitFor();
});

it("reads full-width digits and separators in number fields, refuses what it cannot read, and keeps empty as empty", async () => {
  await part(page, "数据：行政执法");
  await page.getByLabel("公示行政许可、行政处罚信息", { exact: true }).fill("５０，８４６");
  await page.getByLabel("行政执法单位", { exact: true }).fill("12.3.4");
  const region = page.getByRole("region", { name: "数据：行政执法" });
  await region.getByRole("alert").filter({ hasText: "“12.3.4”不是有效的数字" }).waitFor();
  expect(await saveStatus(page).textContent()).not.toMatch(/^已保存/);
  await page.getByLabel("行政执法单位", { exact: true }).fill("");
  await region.getByRole("alert").waitFor({ state: "detached" });
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
  const d = createDb(inject("databaseUrl"));
  try {
    const figures = (await getReport(d, reportId))?.report.figures;
    expect(figures?.enforcement.recordsPublished).toBe(50846);
    expect(figures?.enforcement.enforcementUnits).toBeNull();
    expect(figures?.reconsiderationLitigation.lawsuits).toBe(77);
  } finally {
    await d.disconnect();
  }
});

it("keeps a 100,000-character paste in the field and the local copy, with the limit's message on the field", async () => {
  await part(page, /^导语/);
  const huge = "𠮷".repeat(50_000) + "法".repeat(50_000);
  const field = page.getByLabel("导语（以“现将……报告如下：”结尾）");
  await field.fill(huge);
  await page.getByRole("region", { name: "导语" }).getByRole("alert").filter({ hasText: "导语不能超过20000个字符" }).waitFor();
  await saveStatus(page).filter({ hasText: "未保存：有1处内容需要修改" }).waitFor();
  expect(await field.inputValue()).toBe(huge);
  const local = await page.evaluate((id) => localStorage.getItem(`fazhi-nianbao:unsaved:${id}`), reportId);
  expect(local && (JSON.parse(local) as { report: { preamble: string } }).report.preamble).toBe(huge);

  // Cut back to something sensible, it saves.
  await field.fill("2021年以来，……现将有关情况报告如下：");
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
  expect(await page.evaluate((id) => localStorage.getItem(`fazhi-nianbao:unsaved:${id}`), reportId)).toBeNull();
});

it("reorders items from the keyboard (Alt+↑) and with the 上移 button, keeping each item's text with it", async () => {
  await part(page, /^一、/);
  await page.getByRole("button", { name: "添加事项" }).click();
  await page.getByLabel("（一）标题（段首句）").fill("第一项");
  await page.getByRole("button", { name: "添加事项" }).click();
  await page.getByLabel("（二）标题（段首句）").fill("第二项");
  await page.getByLabel("（二）正文", { exact: true }).fill("第二项的正文");

  await page.getByLabel("（二）标题（段首句）").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await page.getByLabel("（一）标题（段首句）").and(page.locator(":focus")).waitFor();
  expect(await page.getByLabel("（一）标题（段首句）").inputValue()).toBe("第二项");
  expect(await page.getByLabel("（一）正文", { exact: true }).inputValue()).toBe("第二项的正文");
  expect(await page.getByLabel("（二）标题（段首句）").inputValue()).toBe("第一项");

  await page.getByRole("button", { name: "上移事项（二）" }).click();
  expect(await page.getByLabel("（一）标题（段首句）").inputValue()).toBe("第一项");
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
  const d = createDb(inject("databaseUrl"));
  try {
    const items = (await getReport(d, reportId))?.report.measures[0]?.items;
    expect(items?.map((i) => [i.heading, i.body])).toEqual([
      ["第一项", ""],
      ["第二项", "第二项的正文"],
    ]);
  } finally {
    await d.disconnect();
  }
});

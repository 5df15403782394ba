import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/demo";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";

let browser: Browser;
let reportId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const db = createDb(inject("databaseUrl"));
  const seeded = await seedDemo(db);
  reportId = seeded.reportId;
  // This test walks the workflow from the start, whatever other tests left.
  await db.report.update({ where: { id: reportId }, data: { status: "draft", sentAt: null, publishedAt: null } });
  await db.disconnect();
});
afterAll(async () => {
  await browser?.close();
});

/** Each person in their own browser context: their own cookies, as on two machines. */
async function person(username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInAs(page, inject("baseURL"), username);
  return page;
}

const openReport = (page: Page) => page.goto(`${inject("baseURL")}/reports/${reportId}`);
const statusIs = (page: Page, label: string) => page.getByRole("heading", { level: 1 }).getByText(label, { exact: true }).waitFor();
const press = (page: Page, name: string) => page.getByRole("region", { name: "审核流程" }).getByRole("button", { name, exact: true }).click();
/** 审定通过, 报送上级 and 公开发布 ask first: the step's button opens the confirmation, whose button takes the step. */
async function confirmed(page: Page, name: string) {
  await press(page, `${name}…`);
  await page.getByRole("dialog").getByRole("button", { name, exact: true }).click();
}

async function overviewRow(page: Page): Promise<string> {
  await page.goto(`${inject("baseURL")}/overview?year=2020`);
  return (await page.getByRole("row").filter({ hasText: "洛阳市老城区人民政府" }).textContent()) ?? "";
}

it("goes from draft through return, fix, approval, sending and publication, with the parent following", async () => {
  const drafter = await person("drafter");
  const reviewer = await person("reviewer");
  const city = await person("city");

  await openReport(drafter);
  await statusIs(drafter, "草稿");
  // A drafter cannot approve: the button is not even offered.
  expect(await drafter.getByRole("button", { name: "审定通过" }).count()).toBe(0);
  await press(drafter, "提交审核");
  await statusIs(drafter, "待审核");
  expect(await overviewRow(city)).toContain("待审核");

  await openReport(reviewer);
  await statusIs(reviewer, "待审核");
  await press(reviewer, "退回修改…");
  await reviewer.getByLabel("意见针对的部分").selectOption({ label: "导语" });
  await reviewer.getByLabel("修改意见").fill("导语请补充全年工作目标");
  await press(reviewer, "退回修改");
  await statusIs(reviewer, "退回修改");
  expect(await overviewRow(city)).toContain("退回修改");

  // The drafter finds the comment on the part it concerns, handles it and submits again.
  await openReport(drafter);
  await statusIs(drafter, "退回修改");
  const comments = drafter.getByRole("region", { name: "审核意见" });
  const comment = comments.getByRole("listitem").filter({ hasText: "导语请补充全年工作目标" });
  expect(await comment.textContent()).toContain("导语");
  await comment.getByRole("button", { name: "标记为已处理" }).click();
  await comments.getByText("已处理", { exact: true }).waitFor();
  await press(drafter, "提交审核");
  await statusIs(drafter, "待审核");

  await openReport(reviewer);
  await confirmed(reviewer, "审定通过");
  await statusIs(reviewer, "已审定");
  // From 已审定 on the report is read-only, for everyone.
  expect(await reviewer.getByRole("link", { name: "编辑报告" }).count()).toBe(0);
  await confirmed(reviewer, "报送上级");
  await statusIs(reviewer, "已报送");
  const sent = await overviewRow(city);
  expect(sent).toContain("已报送");
  expect(sent).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);

  await openReport(reviewer);
  await confirmed(reviewer, "公开发布");
  await statusIs(reviewer, "已公开");
  expect(await overviewRow(city)).toContain("已公开");

  // The parent reads the published report one click from the overview, and cannot change it.
  await city.getByRole("link", { name: "洛阳市老城区人民政府" }).click();
  await statusIs(city, "已公开");
  expect(await city.getByRole("region", { name: "审核流程" }).count()).toBe(0);
});

// Continues from the published report the test above leaves.
it("reopens an approved report only with a reason, and records it", async () => {
  const reviewer = await person("reviewer");
  await openReport(reviewer);
  await statusIs(reviewer, "已公开");
  await press(reviewer, "重新打开…");
  await press(reviewer, "重新打开");
  // The reason field is required: the browser stops the empty submission and flags the field.
  expect(await reviewer.getByLabel("重新打开的理由").evaluate((el) => el.matches(":invalid"))).toBe(true);
  await statusIs(reviewer, "已公开");
  await reviewer.getByLabel("重新打开的理由").fill("上级要求更正信访数据");
  await press(reviewer, "重新打开");
  await statusIs(reviewer, "草稿");

  const admin = await person("admin");
  await admin.goto(`${inject("baseURL")}/admin/audit`);
  const row = admin.getByRole("row").filter({ hasText: "上级要求更正信访数据" });
  expect(await row.textContent()).toContain("重新打开");
});

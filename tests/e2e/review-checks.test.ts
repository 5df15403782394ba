import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import laocheng2020 from "../../lib/report/fixtures/laocheng-2020.json";
import { carryOver } from "../../lib/report/carry-over";
import { finalReportSchema } from "../../lib/report/schema";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { newReport, openEditor, part, putContent, signIn } from "./editor-support";

/**
 * The review checks as a drafter and the city's reviewer meet them: a 2061
 * report started from 2060 with the texts carried over, in the editor's
 * 审查提示, in 提交审核's summary and on the report's page.
 */
let browser: Browser;
let reportId: string;

const STALE_PREAMBLE = "2060年以来，在市委、市政府和区委的正确领导下，全区法治政府建设取得新成效。现将区政府2060年度法治政府建设工作报告如下：";

beforeAll(async () => {
  const last = finalReportSchema.parse(laocheng2020);
  last.header.year = 2060;
  last.preamble = STALE_PREAMBLE;
  const previousId = await newReport(2060);
  await putContent(previousId, last);
  reportId = await newReport(2061);
  await putContent(reportId, carryOver(last, { carryTexts: true }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageAs(username?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await signIn(context, username);
  return { context, page: await context.newPage() };
}

it("shows the findings in the editor, in 提交审核's summary, and clears a part's findings once it is rewritten", async () => {
  const { context, page } = await pageAs();
  await openEditor(page, reportId);
  const panel = page.getByRole("region", { name: "审查提示" });
  await panel.getByText("全文：全文与上年报告相同 100%").waitFor();
  const stale = panel.getByRole("listitem").filter({ hasText: "2 句用“2060年”描述本年度工作" }).first();
  await stale.waitFor();
  expect(await stale.textContent()).toContain("导语");
  // Each finding names its rule and links to its place.
  expect(await panel.getByText("（依据：避免照搬照抄上年或其他单位的报告）").count()).toBeGreaterThan(0);
  await stale.getByRole("button", { name: "导语" }).click();
  const preamble = page.getByLabel("导语（以“现将……报告如下：”结尾）");
  expect(await preamble.evaluate((el) => el === document.activeElement)).toBe(true);

  await page.getByRole("button", { name: "提交审核" }).click();
  const summary = page.getByRole("region", { name: "提交审核" }).getByLabel("审查提示摘要");
  await summary.getByText(/审查提示（不影响提交，审核人也会看到）：\d+ 项/).waitFor();
  expect(await summary.textContent()).toContain("全文与上年报告相同 100%");

  await part(page, /^导语/);
  await preamble.fill("2061年，区政府以示范创建为抓手，在执法规范化、复议体制改革和基层依法治理上取得新进展。现将有关情况报告如下：");
  await panel.getByRole("listitem").filter({ hasText: "描述本年度工作" }).filter({ hasText: "导语" }).waitFor({ state: "detached" });
  expect(await panel.getByRole("listitem").filter({ hasText: "与上年报告相同" }).filter({ has: page.getByRole("button", { name: "导语", exact: true }) }).count()).toBe(0);
  await context.close();
});

it("shows the findings to the city's reviewer on the report's page", async () => {
  // The city reads a unit's report from 已报送 on.
  const db = createDb(inject("databaseUrl"));
  await db.report.update({ where: { id: reportId }, data: { status: "sent" } });
  await db.disconnect();
  const { context, page } = await pageAs("city");
  await page.goto(`${inject("baseURL")}/reports/${reportId}`);
  const findings = page.getByRole("region", { name: "审查提示" });
  await findings.getByText(/审查提示（必须 0 项，请核对 \d+ 项）/).waitFor();
  expect(await findings.textContent()).toContain("全文与上年报告相同");
  expect(await findings.textContent()).toContain("沿用上年的文字，尚未修改确认");
  await context.close();
});

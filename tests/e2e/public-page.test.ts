import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { unzipSync } from "fflate";
import { createDb } from "../../lib/db/client";
import { readContent, writeContent } from "../../lib/server/reports/content";
import { seedDemo } from "../../prisma/seed/demo";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";

/*
 * 公开: the district's reports of years no other test uses, in the states a
 * public visitor must (not) see: 2031 sent and published here by the
 * reviewer, 2032 a draft, 2033 sent, 2034 published and then reopened.
 */
let browser: Browser;
let districtId: string;
const reports: Record<number, string> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  const db = createDb(inject("databaseUrl"));
  const seeded = await seedDemo(db);
  districtId = seeded.districtId;
  const base = readContent((await db.report.findUniqueOrThrow({ where: { id: seeded.reportId } })).content).report;
  const states = { 2031: ["sent", "2032-03-15"], 2032: ["draft", "2033-03-15"], 2033: ["sent", "2034-03-15"], 2034: ["sent", "2035-03-15"] } as const;
  for (const [yearText, [status, publishedOn]] of Object.entries(states)) {
    const year = Number(yearText);
    // No 索引号 entered: 公开发布 gives one from the district's 统一社会信用代码.
    const content = writeContent({ ...base, header: { ...base.header, year, publication: { indexNumber: "", disclosure: "主动公开", publishedOn } } });
    await db.report.deleteMany({ where: { organizationId: districtId, year } });
    const row = await db.report.create({ data: { organizationId: districtId, year, status, content, revisions: { create: { version: 1, content } } } });
    reports[year] = row.id;
  }
  await db.disconnect();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string) => `${inject("baseURL")}${path}`;
const press = (page: Page, name: string) => page.getByRole("region", { name: "审核流程" }).getByRole("button", { name, exact: true }).click();
/** 审定通过, 报送上级 and 公开发布 ask first: the step's button opens the confirmation, whose button takes the step. */
async function confirmed(page: Page, name: string) {
  await press(page, `${name}…`);
  await page.getByRole("dialog").getByRole("button", { name, exact: true }).click();
}
const statusIs = (page: Page, label: string) => page.getByRole("heading", { level: 1 }).getByText(label, { exact: true }).waitFor();

it("publishes a report whose page anyone can read, with every 政务公开 field, its PDF, DOCX and zip; drafts, sent and reopened reports stay hidden", async () => {
  const reviewer = await (await browser.newContext()).newPage();
  await logInAs(reviewer, inject("baseURL"), "reviewer");
  await reviewer.goto(url(`/reports/${reports[2031]}`));
  await confirmed(reviewer, "公开发布");
  await statusIs(reviewer, "已公开");
  // 公开日期 is the 发布日期 entered in 基本信息, not today.
  await reviewer.getByText("公开日期：2032年3月15日").waitFor();
  // The report page leads to the public address.
  await reviewer.getByRole("link", { name: "公开页面" }).click();
  await reviewer.waitForURL(url(`/gongkai/${districtId}/2031`));

  await reviewer.goto(url(`/reports/${reports[2034]}`));
  await confirmed(reviewer, "公开发布");
  await statusIs(reviewer, "已公开");
  await press(reviewer, "重新打开…");
  await reviewer.getByLabel("重新打开的理由").fill("发现数据错误，撤回公开");
  await press(reviewer, "重新打开");
  await statusIs(reviewer, "草稿");

  // A visitor who never signed in.
  const visitor = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const response = await visitor.goto(url(`/gongkai/${districtId}/2031`));
  expect(response?.status()).toBe(200);
  expect(new URL(visitor.url()).pathname).toBe(`/gongkai/${districtId}/2031`);
  const metadata = visitor.getByRole("region", { name: "政务公开信息" });
  const fields = await metadata.locator("dl > div").evaluateAll((rows) => rows.map((r) => [r.querySelector("dt")?.textContent, r.querySelector("dd")?.textContent]));
  expect(fields).toEqual([
    ["索引号", "11410302MB12345674/2032-00001"],
    ["主题分类", "综合政务"],
    ["体裁", "工作报告"],
    ["发布机构", "洛阳市老城区人民政府"],
    ["成文日期", "2021年2月24日"],
    ["发布日期", "2032年3月15日"],
    ["公开方式", "主动公开"],
    ["文号", "洛政〔xxxx〕xx号"],
  ]);
  expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toBe("洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告");
  expect(await visitor.getByRole("heading", { level: 2 }).first().textContent()).toMatch(/^一、/);
  expect(await visitor.getByRole("heading", { level: 3 }).first().textContent()).toMatch(/^（一）/);

  const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByRole("navigation", { name: "下载" }).getByRole("link", { name: "下载PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("老城区2031年度法治政府建设工作报告.pdf");
  const [word] = await Promise.all([visitor.waitForEvent("download"), visitor.getByRole("navigation", { name: "下载" }).getByRole("link", { name: "下载DOCX" }).click()]);
  expect(word.suggestedFilename()).toBe("老城区2031年度法治政府建设工作报告.docx");
  const zip = await visitor.request.get(url(`/gongkai/${districtId}/2031/zip`));
  expect(zip.status()).toBe(200);
  expect(Object.keys(unzipSync(new Uint8Array(await zip.body()))).sort()).toEqual([
    "老城区2031年度法治政府建设工作报告.docx",
    "老城区2031年度法治政府建设工作报告.html",
    "老城区2031年度法治政府建设工作报告.pdf",
  ]);

  // The district's index lists the published year only.
  await visitor.goto(url(`/gongkai/${districtId}`));
  const years = await visitor.getByRole("listitem").allTextContents();
  expect(years.filter((y) => /^20(31|32|33|34)年度/.test(y)).map((y) => y.slice(0, 6))).toEqual(["2031年度"]);
  await visitor.getByRole("link", { name: /^2031年度：/ }).click();
  await visitor.waitForURL(url(`/gongkai/${districtId}/2031`));

  // Draft, sent and reopened: not found, for the visitor as for anyone, with no login page in between.
  for (const year of [2032, 2033, 2034]) {
    for (const path of ["", "/pdf", "/docx", "/zip"]) {
      const hidden = await visitor.request.get(url(`/gongkai/${districtId}/${year}${path}`), { maxRedirects: 0 });
      expect(hidden.status(), `${year}${path}`).toBe(404);
    }
  }
  // Only /gongkai is open: the app's own report page still asks the visitor to sign in.
  await visitor.goto(url(`/reports/${reports[2031]}`));
  expect(new URL(visitor.url()).pathname).toBe("/login");
});

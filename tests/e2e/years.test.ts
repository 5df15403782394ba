import { readFileSync } from "node:fs";
import { partOf } from "@/lib/report/test-parts";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb, type Db } from "../../lib/db/client";
import { figureValue } from "../../lib/report/figures";
import { parseReportJson } from "../../lib/report/parse";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";

// The Laocheng 2020 report as published on the web, imported here as if it were an older year's.
const SEED = resolve(__dirname, "../../../shared/seeds/001_efeafa978d3d8b2d.txt");

let browser: Browser;
let page: Page;
let db: Db;
let organizationId: string;

beforeAll(async () => {
  db = createDb(inject("databaseUrl"));
  organizationId = (await db.organization.findUniqueOrThrow({ where: { name: "洛阳市老城区人民政府" } })).id;
  browser = await launchBrowser();
  page = await browser.newPage();
  await logInAs(page, inject("baseURL"), "drafter");
});

afterAll(async () => {
  await browser?.close();
  await db?.disconnect();
});

async function storedReport(year: number) {
  const row = await db.report.findUniqueOrThrow({ where: { organizationId_year: { organizationId, year } }, include: { revisions: true } });
  const parsed = parseReportJson(row.content, "draft");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { row, report: parsed.report };
}

const yearRow = (year: number) => page.getByRole("region", { name: "各年度报告" }).getByRole("row").filter({ hasText: `${year}年度` });

it("imports an earlier report from a file: reviews its parts and figures, then creates the draft", async () => {
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}`);
  await yearRow(2020).waitFor();
  await page.getByRole("link", { name: "导入已有报告" }).click();
  await page.getByLabel("报告年度（不填则从原文识别）").fill("2019");
  await page.getByLabel("上传文件（.txt 或 .docx，不超过 10 MB）").setInputFiles({
    name: "老城区2019年度报告.txt",
    mimeType: "text/plain",
    buffer: readFileSync(SEED),
  });
  const started = Date.now();
  await page.getByRole("button", { name: "识别报告内容" }).click();

  const structure = page.getByRole("region", { name: "识别出的结构" });
  await structure.getByRole("cell", { name: "一、高度重视，深入推进全面依法治区" }).waitFor();
  console.log(`[timing] import review shown ${Date.now() - started} ms after upload`);
  expect(await page.getByLabel("报告年度", { exact: true }).inputValue()).toBe("2019");
  const lawsuits = page.getByRole("checkbox", { name: "采用 行政诉讼案件 77" });
  expect(await lawsuits.isChecked()).toBe(true);
  const proposals = page.getByRole("region", { name: "数据建议" });
  expect(await proposals.getByText("加大行政复议层级监督力度，共接收行政诉讼案件77起", { exact: false }).count()).toBe(1);
  expect(await page.getByRole("region", { name: "未识别的内容" }).textContent()).toContain("所有内容都已归入报告的各部分");

  const creating = Date.now();
  await page.getByRole("button", { name: "创建草稿" }).click();
  await page.waitForURL((url) => url.pathname === `/organizations/${organizationId}`);
  await yearRow(2019).getByRole("link", { name: "洛阳市老城区人民政府关于2019年度法治政府建设工作情况的报告" }).waitFor();
  console.log(`[timing] draft created and listed ${Date.now() - creating} ms after 创建草稿`);
  expect(await yearRow(2019).textContent()).toContain("草稿");
  // 2019 is no longer the newest year: it opens read-only.
  expect(await yearRow(2019).getByRole("link", { name: "查看" }).count()).toBe(1);

  const { row, report } = await storedReport(2019);
  expect(row.revisions).toHaveLength(1);
  expect(figureValue(report.figures, "reconsiderationLitigation.lawsuits")).toBe(77);
  expect(partOf(report, "measures", 2).items[7]?.body).toContain("共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起");
});

it("refuses an empty file, a binary file named .docx and a year that has a report, writing nothing", async () => {
  const before = await db.report.count();
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}/import`);
  await page.getByLabel("上传文件（.txt 或 .docx，不超过 10 MB）").setInputFiles({ name: "空.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "识别报告内容" }).click();
  await page.getByRole("alert").filter({ hasText: "文件是空的，没有可以导入的内容" }).waitFor();

  await page.getByLabel("上传文件（.txt 或 .docx，不超过 10 MB）").setInputFiles({
    name: "报告.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  });
  await page.getByRole("button", { name: "识别报告内容" }).click();
  await page.getByRole("alert").filter({ hasText: "文件不是有效的 Word（.docx）文件" }).waitFor();

  await page.getByLabel("上传文件（.txt 或 .docx，不超过 10 MB）").setInputFiles([]);
  await page.getByLabel("或粘贴报告全文").fill(readFileSync(SEED, "utf8"));
  await page.getByRole("button", { name: "识别报告内容" }).click();
  const year = page.getByLabel("报告年度", { exact: true });
  await year.waitFor();
  // The text says 2020, and 2020 has a report: the review says so before anything is written.
  expect(await year.inputValue()).toBe("2020");
  await page.getByRole("alert").filter({ hasText: "2020年度已经有报告，请改为其他年度" }).waitFor();
  expect(await page.getByRole("button", { name: "创建草稿" }).isDisabled()).toBe(true);
  expect(await db.report.count()).toBe(before);
});

it("starts 2021 from 2020 with the texts carried over and no figures", async () => {
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}`);
  const form = page.getByRole("form", { name: "开始新年度报告" });
  // Other browser tests add later years to 老城区; this one continues from 2020.
  await form.getByLabel("沿用哪一年度的报告").selectOption("2020");
  await form.getByLabel("同时沿用正文").check();
  await form.getByRole("button", { name: "从2020年度报告开始2021年度" }).click();
  await form.getByRole("status").filter({ hasText: "已创建2021年度报告" }).waitFor();
  await yearRow(2021).getByRole("link", { name: "洛阳市老城区人民政府关于2021年度法治政府建设工作情况的报告" }).waitFor();
  expect(await yearRow(2021).getByRole("link", { name: "下载PDF" }).getAttribute("href")).toMatch(/^\/reports\/[^/]+\/pdf$/);

  const { report } = await storedReport(2021);
  expect(partOf(report, "measures", 2).items[7]?.heading).toBe("强化行政复议及行政应诉工作");
  expect(report.carriedOver).toContain("parts.2.items.7.body");
  expect(partOf(report, "plans").heading).toBe("2022年工作打算");
  expect(figureValue(report.figures, "reconsiderationLitigation.lawsuits")).toBeNull();
});

it("compares 2019–2021: the lawsuits row has 77 in the years that state it", async () => {
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}`);
  await page.getByRole("link", { name: "对比各年度数据" }).click();
  await page.getByLabel("从", { exact: true }).selectOption("2019");
  await page.getByLabel("到", { exact: true }).selectOption("2021");
  await page.getByRole("button", { name: "对比" }).click();
  await page.waitForURL(/from=2019&to=2021/);
  const topic = page.getByRole("region", { name: "行政复议与行政应诉" });
  const row = topic.getByRole("row", { name: /^行政诉讼案件/ });
  await row.waitFor();
  expect(await topic.getByRole("columnheader").allTextContents()).toEqual(["数据项", "2019年", "2020年", "2021年", "变化", "变化率"]);
  expect(await row.getByRole("cell").allTextContents()).toEqual(["77起", "77起", "—", "—", "—"]);
  expect(await topic.getByRole("img", { name: "行政复议与行政应诉各年度对比图" }).count()).toBe(1);

  // Two years that both have the figure: the change is spelled out, not only coloured.
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}/compare?from=2019&to=2020`);
  const same = page.getByRole("region", { name: "行政复议与行政应诉" }).getByRole("row", { name: /^行政诉讼案件/ });
  expect(await same.getByRole("cell").allTextContents()).toEqual(["77起", "77起", "→ 持平0起", "0%"]);
});

it("searches 信访 across the years and links each hit to its report", async () => {
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}`);
  await page.getByRole("main").getByRole("link", { name: "搜索" }).click();
  await page.getByLabel("在您可以查看的各单位、各年度报告中搜索").fill("信访");
  await page.getByRole("button", { name: "搜索" }).click();
  await page.waitForURL(/\/search\?q=/);
  const summary = page.getByRole("status");
  await summary.waitFor();
  expect(await summary.textContent()).toMatch(/找到\d+处“信访”，分布在3份报告中/);
  for (const year of [2021, 2020, 2019]) {
    const group = page.getByRole("region", { name: `洛阳市老城区人民政府 ${year}年度` });
    const marks = await group.locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(["信访"]));
  }
  const { row } = await storedReport(2019);
  const link = page.getByRole("region", { name: "洛阳市老城区人民政府 2019年度" }).getByRole("link", { name: "洛阳市老城区人民政府 · 2019年度" });
  expect(await link.getAttribute("href")).toBe(`/reports/${row.id}`);
  await link.click();
  await page.waitForURL(`**/reports/${row.id}`);
  await page.getByRole("heading", { name: /2019年度报告/ }).waitFor();
});

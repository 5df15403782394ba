import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import ExcelJS from "exceljs";
import { createDb, type Db } from "../../lib/db/client";
import { withFigure } from "../../lib/report/set-figure";
import type { FigureValue } from "../../lib/report/figure-value";
import { createReport } from "../../lib/server/reports/create-report";
import { getReport } from "../../lib/server/reports/get-report";
import { saveReport } from "../../lib/server/reports/save-report";
import { hashPassword } from "../../lib/security/password";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";

/**
 * The city's side of #18, each person in a browser context of their own. A
 * city of its own (开元市, three districts, a bureau under one of them), so
 * that nothing here changes what other browser tests see of 洛阳; report
 * years 2036–2038, and 2025 for a year whose deadline has passed.
 */
let browser: Browser;
let db: Db;
const contexts: BrowserContext[] = [];
const ids: Record<string, string> = {};
const LETTERS = "petitions.letters";

async function organization(name: string, shortName: string, parent: string | null, extra: { kind?: string; contactName?: string; contactPhone?: string } = {}) {
  const org = await db.organization.create({ data: { name, shortName, parentId: parent ? ids[parent] : null, ...extra } });
  ids[shortName] = org.id;
}
async function account(username: string, role: string, org: string) {
  await db.user.create({ data: { username, displayName: username, role, organizationId: ids[org] ?? "", passwordHash: await hashPassword(DEMO_PASSWORD) } });
}
async function report(org: string, year: number, figures: Record<string, FigureValue>, status: string, preamble = ""): Promise<string> {
  const created = await createReport(db, null, { organizationId: ids[org] ?? "", year });
  if (!created.ok) throw new Error(created.status);
  const stored = await getReport(db, created.reportId);
  if (!stored) throw new Error("missing");
  const content = Object.entries(figures).reduce((r, [id, v]) => withFigure(r, id, v), { ...stored.report, preamble });
  const saved = await saveReport(db, null, { reportId: created.reportId, baseVersion: stored.version, content });
  if (!saved.ok) throw new Error(saved.status);
  await db.report.update({ where: { id: created.reportId }, data: { status } });
  return created.reportId;
}
async function pageAs(username: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await logInAs(page, inject("baseURL"), username);
  return page;
}

beforeAll(async () => {
  db = createDb(inject("databaseUrl"));
  await organization("开元市人民政府", "开元市", null);
  await organization("开元市东城区人民政府", "东城区", "开元市");
  await organization("开元市西城区人民政府", "西城区", "开元市");
  await organization("开元市南城区人民政府", "南城区", "开元市", { contactName: "李四", contactPhone: "0379-1234567" });
  await organization("开元市东城区信访局", "区信访局", "东城区", { kind: "department" });
  await account("kaiyuan-city", "parentReviewer", "开元市");
  await account("dongcheng-drafter", "drafter", "东城区");
  await account("nancheng-drafter", "drafter", "南城区");
  await account("xinfang-clerk", "drafter", "区信访局");
  const counts = (lost: number, concluded: number, rate: number) => ({
    "reconsiderationLitigation.lawsuitsLost": lost,
    "reconsiderationLitigation.lawsuitsConcluded": concluded,
    "reconsiderationLitigation.lawsuitLossRate": rate,
  });
  ids.dongcheng2036 = await report("东城区", 2036, { [LETTERS]: 77, ...counts(2, 10, 20) }, "sent", "全年共受理群众来信{{petitions.letters}}件，均已按期办结。现将有关情况报告如下：");
  await report("西城区", 2036, { [LETTERS]: 51, ...counts(1, 40, 2.5) }, "published");
  await report("南城区", 2036, { [LETTERS]: "500余" }, "sent");
  await report("东城区", 2035, { [LETTERS]: 60 }, "sent");
  ids.dongcheng2037 = await report("东城区", 2037, { [LETTERS]: 12 }, "draft");
  ids.dongcheng2038 = await report("东城区", 2038, {}, "draft");
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await db?.disconnect();
});

const figureRow = (page: Page, label: string) => page.getByRole("table", { name: "数据汇总" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) });

it("rolls up three districts: counts summed, a rate recomputed from its counts, an approximate value counted apart", async () => {
  const city = await pageAs("kaiyuan-city");
  await city.goto(`${inject("baseURL")}/overview/rollup?year=2036`);
  const letters = figureRow(city, "群众来信（件）");
  const lettersText = await letters.textContent();
  expect(await letters.locator("td.rollup-total").textContent()).toBe("128另有约数 1 个单位");
  expect(lettersText).toContain("500余");
  expect(lettersText).toContain("上年 60");
  // 2/10 and 1/40 lost: 3/50 = 6%, where the mean of 20% and 2.5% would be 11.25%.
  expect(await figureRow(city, "行政诉讼败诉率（%）").locator("td.rollup-total").textContent()).toBe("6由数量重新计算：3 / 50");

  await letters.getByRole("link", { name: "排名" }).click();
  await city.waitForURL((url) => url.searchParams.get("figure") === "petitions.letters");
  const ranking = city.getByRole("region", { name: "群众来信排名" });
  await ranking.waitFor();
  expect(await ranking.getByRole("list", { name: "排名" }).getByRole("listitem").allTextContents()).toEqual(["开元市东城区人民政府 77件（上年 60）", "开元市西城区人民政府 51件"]);
  expect(await ranking.textContent()).toContain("约数（不参与排名）：开元市南城区人民政府 500余");

  // A value leads to the sentence of the unit's report that states it.
  await figureRow(city, "群众来信（件）").getByRole("link", { name: "开元市东城区人民政府群众来信77" }).click();
  await city.waitForURL((url) => url.pathname === `/reports/${ids.dongcheng2036}`);
  const source = city.getByRole("region", { name: "数据出处" });
  expect(await source.textContent()).toContain("全年共受理群众来信77件，均已按期办结。");
  expect(await source.locator("mark").textContent()).toBe("77");
});

it("offers the topics the districts state and shows the chosen topic's figures only", async () => {
  const city = await pageAs("kaiyuan-city");
  await city.goto(`${inject("baseURL")}/overview/rollup?year=2036`);
  const topic = city.getByLabel("主题");
  expect(await topic.getByRole("option").allTextContents()).toEqual(["全部主题", "行政复议与行政应诉", "信访"]);
  await topic.selectOption({ label: "信访" });
  await city.getByRole("button", { name: "查看" }).click();
  await city.waitForURL((url) => url.searchParams.get("topic") === "petitions");
  expect(await figureRow(city, "群众来信（件）").locator("td.rollup-total").textContent()).toBe("128另有约数 1 个单位");
  expect(await figureRow(city, "行政诉讼败诉率（%）").count()).toBe(0);
  // The selector still offers every stated topic while one is shown.
  expect(await topic.getByRole("option").allTextContents()).toEqual(["全部主题", "行政复议与行政应诉", "信访"]);
});

it("exports the roll-up as an .xlsx that reads back with the same numbers, named by unit and year", async () => {
  const city = await pageAs("kaiyuan-city");
  await city.goto(`${inject("baseURL")}/overview/rollup?year=2036`);
  const [download] = await Promise.all([city.waitForEvent("download"), city.getByRole("link", { name: "下载Excel" }).click()]);
  expect(download.suggestedFilename()).toBe("开元市人民政府2036年度数据汇总.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
  const sheet = book.getWorksheet("汇总");
  const header = sheet?.getRow(1).values;
  expect(header).toEqual([undefined, "主题", "数据项", "计量单位", "开元市东城区人民政府", "开元市南城区人民政府", "开元市西城区人民政府", "合计", "2035年合计", "约数单位数", "说明"]);
  const rowOf = (label: string) => {
    let found: (string | number | null)[] = [];
    sheet?.eachRow((r) => {
      if (r.getCell(2).value === label) found = [4, 5, 6, 7, 8, 9].map((c) => (r.getCell(c).value as string | number | null) ?? null);
    });
    return found;
  };
  expect(rowOf("群众来信")).toEqual([77, "500余", 51, 128, 60, 1]);
  expect(rowOf("行政诉讼败诉率")).toEqual([20, null, 2.5, 6, null, 0]);
});

it("a department fills the figures asked of it, the office accepts them, and the editor shows where they came from", async () => {
  const office = await pageAs("dongcheng-drafter");
  await office.goto(`${inject("baseURL")}/collection?year=2038`);
  const form = office.getByRole("form", { name: "发起数据征集" });
  await form.getByLabel("征集事项").fill("2038年度信访数据");
  await form.getByLabel("截止日期").fill("2039-01-20");
  await form.getByRole("checkbox", { name: "开元市东城区信访局" }).check();
  await form.locator("summary").filter({ hasText: /^信访$/ }).click();
  await form.getByRole("checkbox", { name: "群众来信", exact: true }).check();
  await form.getByRole("button", { name: "发送征集" }).click();
  await office.getByRole("region", { name: "2038年度信访数据" }).waitFor();

  const bureau = await pageAs("xinfang-clerk");
  // The department cannot open the office's report.
  expect((await bureau.goto(`${inject("baseURL")}/reports/${ids.dongcheng2038}`))?.status()).toBe(404);
  await bureau.goto(`${inject("baseURL")}/collection`);
  await bureau.getByRole("link", { name: "开元市东城区人民政府：2038年度信访数据" }).click();
  const reply = bureau.getByRole("form", { name: "填报数据" });
  await reply.getByLabel("群众来信（件）").waitFor();
  // Only what was asked: one figure, its value and its source.
  expect(await reply.getByRole("textbox").count()).toBe(2);
  await reply.getByLabel("群众来信（件）").fill("77");
  await reply.getByLabel("群众来信的数据来源").fill("信访信息系统统计");
  await reply.getByRole("button", { name: "报送" }).click();
  await reply.getByRole("status").getByText("已报送").waitFor();
  const submittedOn = new Date().toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" }).split("/");

  await office.goto(`${inject("baseURL")}/collection?year=2038`);
  const line = office.getByRole("table", { name: "2038年度信访数据各部门情况" }).getByRole("row").filter({ hasText: "开元市东城区信访局" });
  expect(await line.textContent()).toContain("群众来信 77（信访信息系统统计）");
  await line.getByRole("button", { name: "采纳到报告" }).click();
  // The page is drawn again with the reply accepted: its status says so, and 采纳 is no longer offered.
  await line.getByText("已采纳", { exact: true }).waitFor();
  expect(await line.getByRole("button", { name: "采纳到报告" }).count()).toBe(0);

  await office.goto(`${inject("baseURL")}/reports/${ids.dongcheng2038}/edit`);
  const sources = office.getByRole("region", { name: "数据来源" });
  expect(await sources.textContent()).toContain(`群众来信 77 — 数据来源：开元市东城区信访局，${submittedOn[0]}年${submittedOn[1]}月${submittedOn[2]}日填报（信访信息系统统计）`);
  const stored = await getReport(db, ids.dongcheng2038 ?? "");
  expect(stored?.report.figures.petitions.letters).toBe(77);
  expect(await db.auditEvent.count({ where: { action: "data_accept", reportId: ids.dongcheng2038 } })).toBe(1);
  // Three people's pages one after another: more than one page's worth of time.
}, 120_000);

it("a 催报 from the overview appears on the late unit's home page, is logged, and the late units print with their contacts", async () => {
  const city = await pageAs("kaiyuan-city");
  await city.goto(`${inject("baseURL")}/overview?year=2025`);
  const row = city.getByRole("table", { name: "下级单位报告" }).getByRole("row").filter({ hasText: "开元市南城区人民政府" });
  await row.getByRole("button", { name: "催报开元市南城区人民政府" }).click();
  await row.getByRole("status").getByText("已催报").waitFor();
  expect(await db.auditEvent.count({ where: { action: "remind", organizationId: ids["南城区"] } })).toBe(1);

  const late = await pageAs("nancheng-drafter");
  await late.goto(`${inject("baseURL")}/`);
  expect(await late.getByRole("alert", { name: "催报" }).textContent()).toContain("开元市人民政府催报2025年度法治政府建设年度报告");
  // Nobody else is reminded.
  const other = await pageAs("dongcheng-drafter");
  await other.goto(`${inject("baseURL")}/`);
  expect(await other.getByRole("alert", { name: "催报" }).count()).toBe(0);

  await city.goto(`${inject("baseURL")}/overview/late?year=2025`);
  const list = city.getByRole("table", { name: "逾期单位名单" });
  expect(await list.getByRole("row").filter({ hasText: "开元市南城区人民政府" }).textContent()).toMatch(/开元市南城区人民政府未开始\d+李四0379-1234567/);
  expect(await list.getByRole("row").count()).toBe(4);
});

it("refuses the city a district's draft and keeps the district's internal comments from it once sent", async () => {
  const drafterId = (await db.user.findUniqueOrThrow({ where: { username: "dongcheng-drafter" } })).id;
  await db.comment.create({ data: { reportId: ids.dongcheng2037 ?? "", path: "", body: "内部意见：导语再改", authorId: drafterId } });
  const city = await pageAs("kaiyuan-city");
  expect((await city.goto(`${inject("baseURL")}/reports/${ids.dongcheng2037}`))?.status()).toBe(404);
  expect((await city.goto(`${inject("baseURL")}/reports/${ids.dongcheng2037}/pdf`))?.status()).toBe(404);
  await db.report.update({ where: { id: ids.dongcheng2037 }, data: { status: "sent" } });
  expect((await city.goto(`${inject("baseURL")}/reports/${ids.dongcheng2037}`))?.status()).toBe(200);
  await city.getByRole("heading", { level: 1 }).getByText("已报送").waitFor();
  expect(await city.getByText("内部意见：导语再改").count()).toBe(0);
});

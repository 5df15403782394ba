import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import fixture from "../../lib/report/fixtures/laocheng-2020.json";
import { createDb } from "../../lib/db/client";
import { draftReportSchema, type Report } from "../../lib/report/schema";
import { newReport, openEditor, part, putContent, storedContent, waitSaved, editorSession } from "./editor-support";

/**
 * 洛阳市人民政府 asks its districts for figures of its own (the demo seed):
 * a district's drafter finds them in the form beside the catalogue's
 * figures of their topic, with last year's value; a sum that cannot be
 * right is flagged on its field (approximate words bounded, not refused),
 * saved as typed, and refused by 提交审核 with a link to the field.
 * (The drafter is the editor tests' own district under the city, so that
 * the years made here never change what the other browser tests see of 老城区.)
 */

let browser: Browser;
let page: Page;
let reportId: string;
let ids: Record<string, string>;

const MEDIATION = "行政调解案件";
const DISPUTES = "化解矛盾纠纷";
const SUM = `人民调解案件（1200）与${MEDIATION}（300余）之和与${DISPUTES}（1400）不一致（含约数，按约数可能的范围判断）`;

async function cityFigureIds(): Promise<Record<string, string>> {
  const db = createDb(inject("databaseUrl"));
  try {
    const rows = await db.customFigure.findMany({ where: { organization: { name: "洛阳市人民政府" } } });
    return Object.fromEntries(rows.map((r) => [r.label, r.id]));
  } finally {
    await db.disconnect();
  }
}

function laochengIn(year: number, customFigures: Report["customFigures"]): Report {
  const report = draftReportSchema.parse(fixture);
  report.header.year = year;
  report.header.date = `${year + 1}-02-24`;
  report.figures.legalEducation.mediationCases = 1200;
  report.customFigures = customFigures;
  return report;
}

beforeAll(async () => {
  ids = await cityFigureIds();
  const lastYear = await newReport(2050);
  await putContent(lastYear, laochengIn(2050, { [ids[MEDIATION] ?? ""]: "800余" }));
  reportId = await newReport(2051);
  await putContent(reportId, laochengIn(2051, {}));
  ({ browser, page } = await editorSession(reportId));
});
afterAll(async () => {
  await browser?.close();
});

const figure = (label: string) => page.getByLabel(label, { exact: true });
const topic = (label: string) => page.getByRole("region", { name: `数据：${label}` });
const outlineEntry = (label: string) => page.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: label });

it("lists the city's figures with their topic, beside the catalogue's, with last year's value", async () => {
  await part(page, "数据：普法与法律服务");
  const asked = topic("普法与法律服务").getByRole("region", { name: "普法与法律服务：上级要求的数据" });
  await asked.waitFor();
  expect(await asked.getByRole("textbox").count()).toBe(2);
  await asked.getByText(`去年: 800余件`).waitFor();
  expect(await figure("人民调解案件").inputValue()).toBe("1200");
  await part(page, "数据：重大行政决策与法律顾问");
  await figure("村（社区）法律顾问覆盖率").waitFor();
});

it("flags a sum that cannot hold on its field, counts it among the problems, and saves the values as typed", async () => {
  await part(page, "数据：普法与法律服务");
  await figure(MEDIATION).fill("300余");
  await figure(DISPUTES).fill("1400");
  const flag = topic("普法与法律服务").getByRole("alert").filter({ hasText: SUM });
  // On the sum, on 行政调解案件 and, after the review, on the catalogue's 人民调解案件.
  await flag.nth(2).waitFor();
  expect(await figure(DISPUTES).getAttribute("aria-invalid")).toBe("true");
  await outlineEntry("数据：普法与法律服务").filter({ hasText: "有问题" }).waitFor();
  await page.getByRole("region", { name: "待解决的问题" }).getByRole("button", { name: `数据：${DISPUTES}` }).waitFor();
  await waitSaved(page);
  const { customFigures } = await storedContent(reportId);
  expect(customFigures[ids[MEDIATION] ?? ""]).toBe("300余");
  expect(customFigures[ids[DISPUTES] ?? ""]).toBe(1400);
});

it("shows the values and the flag again after a reload", async () => {
  await openEditor(page, reportId);
  await waitSaved(page);
  await part(page, "数据：普法与法律服务");
  expect(await figure(MEDIATION).inputValue()).toBe("300余");
  expect(await figure(DISPUTES).inputValue()).toBe("1400");
  await topic("普法与法律服务").getByRole("alert").filter({ hasText: SUM }).first().waitFor();
});

it("refuses 提交审核 with the sum linked to its field, and submits once it adds up", async () => {
  await part(page, "导语");
  const submit = page.getByRole("region", { name: "提交审核" });
  await submit.getByRole("button", { name: "提交审核" }).click();
  const refusal = submit.getByRole("alert").filter({ hasText: "还不能提交审核" });
  await refusal.waitFor();
  expect(await refusal.getByRole("listitem").count()).toBe(1);
  await refusal.getByRole("button", { name: `数据：${DISPUTES}` }).click();
  await topic("普法与法律服务").waitFor();
  expect(await figure(DISPUTES).evaluate((el) => el === document.activeElement)).toBe(true);

  await figure(DISPUTES).fill("1500");
  await waitSaved(page);
  await submit.getByRole("button", { name: "提交审核" }).click();
  await page.waitForURL(`${inject("baseURL")}/reports/${reportId}`);
  expect((await storedContent(reportId)).customFigures[ids[DISPUTES] ?? ""]).toBe(1500);
});

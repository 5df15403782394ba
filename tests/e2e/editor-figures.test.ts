import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import fixture from "../../lib/report/fixtures/laocheng-2020.json";
import { draftReportSchema } from "../../lib/report/schema";
import { newReport, openEditor, part, putContent, storedContent, waitSaved, editorSession } from "./editor-support";

/**
 * Figures as reports write them: 500余名, 约30次 are kept and printed as
 * written; a rate of 101 saves too (a draft never refuses what was typed)
 * but is flagged on its field, and 提交审核 refuses it.
 */

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  reportId = await newReport(2033);
  const report = draftReportSchema.parse(fixture);
  report.header.year = 2033;
  report.header.date = "2034-02-24";
  report.figures.leadership.cadresTrained = null;
  report.figures.enforcement.trainings = null;
  await putContent(reportId, report);
  ({ browser, page } = await editorSession(reportId));
});
afterAll(async () => {
  await browser?.close();
});

const RATE = "行政机关负责人出庭应诉率";
const RATE_MESSAGE = `${RATE}不能超过100%`;
const figure = (label: string) => page.getByLabel(label, { exact: true });
const topic = (label: string) => page.getByRole("region", { name: `数据：${label}` });

it("saves 500余, 约30 and a rate of 101 as typed, shows them so after a reload, and flags the rate on its field", async () => {
  await part(page, "数据：领导重视与学法");
  await figure("领导干部法律知识培训").fill("500余");
  await part(page, "数据：行政执法");
  await figure("行政执法业务培训").fill("约30");
  await part(page, "数据：行政复议与行政应诉");
  await figure(RATE).fill("101");
  // The value's own sense is flagged at once, on its field; the approximate words are not flagged at all.
  await topic("行政复议与行政应诉").getByRole("alert").filter({ hasText: RATE_MESSAGE }).waitFor();
  expect(await figure(RATE).getAttribute("aria-invalid")).toBe("true");
  await waitSaved(page);
  const { figures } = await storedContent(reportId);
  expect(figures.leadership.cadresTrained).toBe("500余");
  expect(figures.enforcement.trainings).toBe("约30");
  expect(figures.reconsiderationLitigation.courtAppearanceRate).toBe(101);

  await openEditor(page, reportId);
  await waitSaved(page);
  await part(page, "数据：领导重视与学法");
  expect(await figure("领导干部法律知识培训").inputValue()).toBe("500余");
  expect(await topic("领导重视与学法").getByRole("alert").count()).toBe(0);
  await part(page, "数据：行政执法");
  expect(await figure("行政执法业务培训").inputValue()).toBe("约30");
  await part(page, "数据：行政复议与行政应诉");
  expect(await figure(RATE).inputValue()).toBe("101");
  await topic("行政复议与行政应诉").getByRole("alert").filter({ hasText: RATE_MESSAGE }).waitFor();
});

it("notes a cross-check an approximate value kept from being made exactly, without flagging it", async () => {
  await part(page, "数据：信访");
  await figure("上级交办信访事项").fill("40余");
  const note = "交办信访事项已化解（39）与交办信访事项未化解（2）之和与上级交办信访事项（40余）：含约数，未作精确核对";
  const petitions = topic("信访");
  await petitions.getByText(note).nth(2).waitFor();
  expect(await petitions.getByText(note).count()).toBe(3);
  expect(await petitions.getByRole("alert").count()).toBe(0);
});

it("prints 500余 and 约30 as written in the preview", async () => {
  await page.getByRole("button", { name: "预览", exact: true }).click();
  const preview = page.getByRole("article", { name: "报告预览" });
  await preview.getByText("全区500余名党员领导干部", { exact: false }).waitFor();
  await preview.getByText("开展约30次行政执法业务培训", { exact: false }).waitFor();
  await page.getByRole("button", { name: "编辑", exact: true }).click();
});

it("refuses 提交审核 with the rate's message linked to its field, and submits once the rate is right", async () => {
  const submit = page.getByRole("region", { name: "提交审核" });
  await submit.getByRole("button", { name: "提交审核" }).click();
  const refusal = submit.getByRole("alert").filter({ hasText: "还不能提交审核" });
  await refusal.waitFor();
  const entry = refusal.getByRole("listitem").filter({ hasText: RATE_MESSAGE });
  expect(await refusal.getByRole("listitem").count()).toBe(1);
  await entry.getByRole("button", { name: `数据：${RATE}` }).click();
  await topic("行政复议与行政应诉").waitFor();
  expect(await figure(RATE).evaluate((el) => el === document.activeElement)).toBe(true);
  expect(new URL(page.url()).pathname).toBe(`/reports/${reportId}/edit`);

  await figure(RATE).fill("100");
  await waitSaved(page);
  await submit.getByRole("button", { name: "提交审核" }).click();
  await page.waitForURL(`${inject("baseURL")}/reports/${reportId}`);
  const stored = await storedContent(reportId);
  expect(stored.figures.leadership.cadresTrained).toBe("500余");
  expect(stored.figures.reconsiderationLitigation.courtAppearanceRate).toBe(100);
});

import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb } from "../../lib/db/client";
import { IMPORT_MESSAGES } from "../../lib/import/messages";
import { bombXml, docx, small, zip } from "../../lib/import/test-zip";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";

let browser: Browser;
let page: Page;
let organizationId: string;
beforeAll(async () => {
  const db = createDb(inject("databaseUrl"));
  organizationId = (await db.organization.findUniqueOrThrow({ where: { name: "洛阳市老城区人民政府" } })).id;
  await db.disconnect();
  browser = await launchBrowser();
  page = await browser.newPage();
  await logInAs(page, inject("baseURL"), "drafter");
});
afterAll(async () => {
  await browser?.close();
});

async function upload(name: string, bytes: Uint8Array) {
  await page.goto(`${inject("baseURL")}/organizations/${organizationId}/import`);
  await page.getByLabel("上传文件（.txt 或 .docx，不超过 10 MB）").setInputFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
  await page.getByRole("button", { name: "识别报告内容" }).click();
}

it("reads a Word document through the parser's worker in the production server", async () => {
  await upload("2018年度报告.docx", docx(["洛阳市老城区人民政府关于2018年度法治政府建设工作情况的报告", "一、主要工作", "全年办理行政复议案件9起。", "特此报告。"]));
  await page.getByRole("region", { name: "识别出的结构" }).getByRole("cell", { name: "一、主要工作" }).waitFor();
});

it("refuses a zip bomb with its message, and the server goes on serving", async () => {
  const { data, size } = await bombXml();
  await upload("炸弹.docx", zip([small("[Content_Types].xml", "<Types/>"), { name: "word/document.xml", data, size }]));
  await page.getByRole("alert").filter({ hasText: IMPORT_MESSAGES.docxTooLarge }).waitFor();
  expect((await fetch(`${inject("baseURL")}/login`)).status).toBe(200);
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";
import { createDb } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/demo";
import { importReportFile } from "../../lib/import";

let browser: Browser;
let reportId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const db = createDb(inject("databaseUrl"));
  reportId = (await seedDemo(db)).reportId;
  await db.disconnect();
});
afterAll(async () => {
  await browser?.close();
});

it("downloads the report as a PDF with its Chinese file name, and the download is logged", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await logInAs(page, inject("baseURL"), "drafter");
  await page.goto(`${inject("baseURL")}/reports/${reportId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载PDF", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe("老城区2020年度法治政府建设工作报告.pdf");
  const file = join(mkdtempSync(join(tmpdir(), "fazhi-pdf-")), "report.pdf");
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(5);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("洛阳市人民政府：");
  expect(text).not.toContain("草稿");

  const db = createDb(inject("databaseUrl"));
  expect(await db.auditEvent.count({ where: { action: "export", reportId, username: "drafter" } })).toBeGreaterThan(0);
  await db.disconnect();
  await context.close();
});

it("downloads the report as a DOCX for WPS/Word, the same text as the PDF, and the download is logged", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await logInAs(page, inject("baseURL"), "drafter");
  await page.goto(`${inject("baseURL")}/reports/${reportId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载DOCX", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe("老城区2020年度法治政府建设工作报告.docx");
  const file = join(mkdtempSync(join(tmpdir(), "fazhi-docx-")), "report.docx");
  await download.saveAs(file);
  // A DOCX is a zip whose main part the importer reads back: the same parts in the same order.
  const imported = await importReportFile(new Uint8Array(readFileSync(file)), "report.docx");
  if (!imported.ok) throw new Error(imported.message);
  expect(imported.report.parts.map((p) => p.kind)).toEqual(["measures", "measures", "measures", "duty", "problems", "plans"]);

  const db = createDb(inject("databaseUrl"));
  expect(await db.auditEvent.count({ where: { action: "export", reportId, username: "drafter", detail: { contains: "DOCX" } } })).toBeGreaterThan(0);
  await db.disconnect();
  await context.close();
});

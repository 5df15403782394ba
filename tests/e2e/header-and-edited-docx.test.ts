import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import fixture from "../../lib/report/fixtures/laocheng-2020.json";
import { draftReportSchema } from "../../lib/report/schema";
import { editorSession, newReport, part, partOf, putContent, seedEditorOrganization, storedContent, waitSaved } from "./editor-support";

/*
 * The 2025 report of the editor tests' organization, with the Laocheng text:
 * 基本信息's 签发人, 公开方式 and 发布日期, then the DOCX exported, one
 * paragraph edited as in Word, imported back, its change shown and accepted.
 */
let browser: Browser;
let page: Page;
let reportId: string;
let organizationId: string;
const laocheng = draftReportSchema.parse(fixture);
const ORIGINAL = partOf(laocheng, "problems").items[0]?.description ?? "";
const EDITED = "部分执法单位在实施行政处罚时，对照上级要求和群众期盼，审核审批程序仍不够规范。";

beforeAll(async () => {
  organizationId = await seedEditorOrganization();
  reportId = await newReport(2025);
  await putContent(reportId, { ...laocheng, header: { ...laocheng.header, documentNumber: "涧政〔2026〕2号", signer: "" } });
  ({ browser, page } = await editorSession(reportId));
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string) => `${inject("baseURL")}${path}`;

it("takes the 签发人, 公开方式 from its list and a 发布日期 typed as Chinese write it, and prints the 签发人 in the 报送版 only", async () => {
  await part(page, "基本信息");
  await page.getByLabel("签发人（只印在报送版）").fill("王建国");
  const disclosure = page.getByLabel("公开方式");
  expect(await disclosure.locator("option").allTextContents()).toEqual(["请选择", "主动公开", "依申请公开", "不予公开"]);
  await disclosure.selectOption("依申请公开");
  await page.getByLabel("发布日期").fill("2026年3月5日");
  await waitSaved(page);
  const header = (await storedContent(reportId)).header;
  expect(header.signer).toBe("王建国");
  expect(header.publication).toMatchObject({ disclosure: "依申请公开", publishedOn: "2026-03-05" });

  const dir = mkdtempSync(join(tmpdir(), "fazhi-e2e-"));
  const text = async (version: string) => {
    const response = await page.request.get(url(`/reports/${reportId}/pdf${version}`));
    expect(response.status()).toBe(200);
    const file = join(dir, `r${version.length}.pdf`);
    writeFileSync(file, await response.body());
    return execFileSync("pdftotext", ["-l", "1", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  };
  expect(await text("?version=submission")).toContain("签发人：王建国");
  expect(await text("")).not.toContain("签发人");
});

it("shows the paragraph edited in the exported DOCX as changed, and on accepting makes it the report's", async () => {
  const exported = await page.request.get(url(`/reports/${reportId}/docx`));
  expect(exported.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await exported.body()));
  const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  // Word keeps a paragraph that was typed over in one run: the edit replaces the text inside it.
  expect(xml.split(ORIGINAL).length - 1).toBe(1);
  files["word/document.xml"] = strToU8(xml.replace(ORIGINAL, EDITED));

  await page.goto(url(`/organizations/${organizationId}/import`));
  await page.getByLabel("报告年度（不填则从原文识别）").fill("2025");
  await page.getByLabel("上传文件（.txt 或 .docx，不超过 10 MB）").setInputFiles({ name: "2025年度报告（修改稿）.docx", mimeType: "application/octet-stream", buffer: Buffer.from(zipSync(files)) });
  await page.getByRole("button", { name: "识别报告内容" }).click();

  const differences = page.getByRole("form", { name: "与现有报告的差异" });
  await differences.waitFor();
  const changed = differences.getByRole("region");
  expect(await changed.count()).toBe(1);
  expect(await changed.getAttribute("aria-label")).toMatch(/^改动：[一二三四五六七八九十]+、/);
  expect((await changed.locator("ins").allTextContents()).join("")).toContain("群众期盼");
  expect((await changed.locator("del").allTextContents()).join("").length).toBeGreaterThan(0);

  await differences.getByRole("button", { name: "用导入的内容更新现有报告" }).click();
  await page.waitForURL(url(`/reports/${reportId}`));
  // The report text shows it (the review aids above hold it too, folded away).
  await page.getByText(EDITED).filter({ visible: true }).first().waitFor();
  const stored = await storedContent(reportId);
  expect(partOf(stored, "problems").items[0]?.description).toBe(EDITED);
  // What a DOCX does not carry stays: the 文号, the 签发人, the 公开 data.
  expect(stored.header).toMatchObject({ documentNumber: "涧政〔2026〕2号", signer: "王建国", publication: { disclosure: "依申请公开", publishedOn: "2026-03-05" } });
  expect(stored.preamble).toBe(laocheng.preamble);
});

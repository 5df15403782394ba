import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { newReport, openEditor, part, person as personIn, proseText, putContent, REVIEWER, seedReviewer, storedContent, typeProse, waitSaved } from "./editor-support";

/*
 * The prose editor's figure tokens and 批注, as two people use them: the
 * drafter writes, the reviewer (another browser context) comments on a
 * sentence. Report years 2044–2047 are this file's.
 */
const PREAMBLE = "导语（以“现将……报告如下：”结尾）";

let browser: Browser;
beforeAll(async () => {
  await seedReviewer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const person = (username?: string) => personIn(browser, username);

const figures = { reconsiderationLitigation: { reconsiderationCases: 15 }, petitions: { letters: 77 } };

it("inserts a figure as a token showing its value, offers to bind a typed number, and prints the value where the token stands", async () => {
  const reportId = await newReport(2044);
  await putContent(reportId, { header: { year: 2044 }, figures });
  const page = await person();
  await openEditor(page, reportId);
  await part(page, /^导语/);
  const preamble = page.getByRole("textbox", { name: PREAMBLE });
  await typeProse(preamble, "全年办理行政复议案件");
  await page.locator(".field", { has: preamble }).getByRole("button", { name: "插入数据" }).click();
  await page.getByLabel("选择要插入的数据").selectOption({ label: "行政复议案件（起）" });
  await page.keyboard.type("起，收到群众来信77");
  // The number typed equals 群众来信: the editor offers to cite the figure instead.
  const offer = page.getByRole("group", { name: "绑定数据" });
  await offer.getByRole("button", { name: "群众来信 77件" }).click();
  await page.keyboard.type("件。现将有关情况报告如下：");
  expect(await proseText(preamble)).toBe("全年办理行政复议案件[行政复议案件 15]起，收到群众来信[群众来信 77]件。现将有关情况报告如下：");
  await waitSaved(page);
  expect((await storedContent(reportId)).preamble).toBe(
    "全年办理行政复议案件{{reconsiderationLitigation.reconsiderationCases}}起，收到群众来信{{petitions.letters}}件。现将有关情况报告如下：",
  );

  // A token follows its figure: a new value shows at once.
  await part(page, "数据：行政复议与行政应诉");
  await page.getByLabel("行政复议案件", { exact: true }).fill("16");
  await part(page, /^导语/);
  await page.locator(".figure-token", { hasText: "[行政复议案件 16]" }).waitFor();
  await waitSaved(page);

  // The PDF prints the value where the token stands.
  const pdf = await page.request.get(`${inject("baseURL")}/reports/${reportId}/pdf`);
  expect(pdf.status()).toBe(200);
  const file = join(mkdtempSync(join(tmpdir(), "fazhi-tokens-")), "report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain("全年办理行政复议案件16起，收到群众来信77件。");
  await page.context().close();
});

it("pastes from WPS/Word as plain paragraphs", async () => {
  const reportId = await newReport(2045);
  const page = await person();
  await openEditor(page, reportId);
  await part(page, /^导语/);
  const preamble = page.getByRole("textbox", { name: PREAMBLE });
  await preamble.click();
  await preamble.evaluate((el) => {
    const data = new DataTransfer();
    data.setData("text/html", "<p style='text-indent:2em'><b>第一段</b>加粗。</p><p></p><p><span style='color:red'>第二段。</span></p>");
    data.setData("text/plain", "　　第一段加粗。\r\n\r\n　　第二段。\r\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  expect(await proseText(preamble)).toBe("第一段加粗。\n第二段。");
  expect(await preamble.locator("b, span[style]").count()).toBe(0);
  await waitSaved(page);
  expect((await storedContent(reportId)).preamble).toBe("第一段加粗。\n第二段。");
  await page.context().close();
});

it("a reviewer comments on a sentence, the drafter replies and resolves it in the editor; the comment follows its words and is listed as orphaned when they are deleted", async () => {
  const reportId = await newReport(2046);
  const sentence = "依法化解矛盾纠纷，成效明显。";
  const other = "第二件事办得不好。";
  await putContent(reportId, { header: { year: 2046 }, preamble: `全区法治建设稳步推进。${other}${sentence}` });

  // The reviewer selects the sentence (the last words of 导语) and comments on it.
  const reviewer = await person(REVIEWER);
  await openEditor(reviewer, reportId);
  await part(reviewer, /^导语/);
  const reviewerText = reviewer.getByRole("textbox", { name: PREAMBLE });
  await reviewerText.click();
  await reviewer.keyboard.press("Control+End");
  for (let i = 0; i < sentence.length; i++) await reviewer.keyboard.press("Shift+ArrowLeft");
  await reviewer.getByRole("button", { name: "批注所选文字" }).click();
  await reviewer.getByLabel("批注内容").fill("请补充化解的数量");
  await reviewer.getByRole("button", { name: "提交批注" }).click();
  const reviewerThreads = reviewer.getByRole("region", { name: "本部分的批注" });
  await reviewerThreads.getByRole("article", { name: "批注：请补充化解的数量" }).waitFor();
  expect(await reviewer.locator(".comment-mark").allTextContents()).toEqual([sentence]);
  // And one on another sentence, which the drafter will delete.
  await reviewerText.click();
  await reviewer.keyboard.press("Control+Home");
  await reviewer.keyboard.press("Control+End");
  for (let i = 0; i < sentence.length; i++) await reviewer.keyboard.press("ArrowLeft");
  for (let i = 0; i < other.length; i++) await reviewer.keyboard.press("Shift+ArrowLeft");
  await reviewer.getByRole("button", { name: "批注所选文字" }).click();
  await reviewer.getByLabel("批注内容").fill("这句要改");
  await reviewer.getByRole("button", { name: "提交批注" }).click();
  await reviewerThreads.getByRole("article", { name: "批注：这句要改" }).waitFor();

  // The drafter, in another browser, sees both on 导语 (the outline counts them) with the words highlighted.
  const drafter = await person();
  await openEditor(drafter, reportId);
  await drafter.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /^导语/ }).getByLabel("2条批注未处理").waitFor();
  await part(drafter, /^导语/);
  const threads = drafter.getByRole("region", { name: "本部分的批注" });
  const first = threads.getByRole("article", { name: "批注：请补充化解的数量" });
  await first.waitFor();
  expect(await drafter.locator(".comment-mark").allTextContents()).toEqual([other, sentence]);

  // A reply in the thread.
  await first.getByLabel("回复批注").fill("已补充，见第二段");
  await first.getByRole("button", { name: "回复" }).click();
  await first.getByRole("list", { name: "回复" }).getByText("已补充，见第二段").waitFor();

  // Text typed before the sentence: the comment stays on its words, in the editor and after a reload.
  const text = drafter.getByRole("textbox", { name: PREAMBLE });
  // A click at the very start of the text puts the cursor before its first character.
  await text.locator("p").first().click({ position: { x: 1, y: 4 } });
  await drafter.keyboard.type("新增开头。");
  await waitSaved(drafter);
  expect(await drafter.locator(".comment-mark").allTextContents()).toEqual([other, sentence]);
  await reviewer.reload();
  await reviewer.locator("html[data-editor-ready='true']").waitFor();
  await part(reviewer, /^导语/);
  const seen = reviewer.getByRole("article", { name: "批注：请补充化解的数量" });
  await seen.getByText("已补充，见第二段").waitFor();
  await reviewer.locator(".comment-mark", { hasText: sentence }).waitFor();
  expect(await proseText(reviewer.getByRole("textbox", { name: PREAMBLE }))).toBe(`新增开头。全区法治建设稳步推进。${other}${sentence}`);

  // The drafter deletes the other sentence: its comment is listed as 已失去定位, not lost.
  await typeProse(text, `新增开头。全区法治建设稳步推进。${sentence}`);
  const orphan = threads.getByRole("article", { name: "批注：这句要改" });
  await orphan.getByText("已失去定位").waitFor();
  expect(await drafter.locator(".comment-mark").allTextContents()).toEqual([sentence]);
  await waitSaved(drafter);
  await drafter.reload();
  await drafter.locator("html[data-editor-ready='true']").waitFor();
  await part(drafter, /^导语/);
  await orphan.getByText("已失去定位").waitFor();

  // 已处理 in the editor: the thread leaves the editor, and the database has it resolved.
  await first.getByRole("button", { name: "已处理" }).click();
  await first.waitFor({ state: "detached" });
  await drafter.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /^导语/ }).getByLabel("1条批注未处理").waitFor();
  const db = createDb(inject("databaseUrl"));
  try {
    const rows = await db.comment.findMany({ where: { reportId }, orderBy: { createdAt: "asc" }, select: { body: true, resolvedAt: true, parentId: true, quote: true } });
    expect(rows.map((r) => [r.body, r.quote, r.parentId !== null, r.resolvedAt !== null])).toEqual([
      ["请补充化解的数量", sentence, false, true],
      ["这句要改", other, false, false],
      ["已补充，见第二段", "", true, false],
    ]);
  } finally {
    await db.disconnect();
  }
  await reviewer.context().close();
  await drafter.context().close();
  // Two people, two reloads each and two comments: longer than one person's steps.
}, 180_000);

it("comments on an item and on a figure, each shown beside its part with what it is on", async () => {
  const reportId = await newReport(2047);
  await putContent(reportId, {
    header: { year: 2047 },
    figures,
    parts: [{ kind: "measures", heading: "主要举措", intro: "", items: [{ heading: "推进依法行政", body: "正文一。" }, { heading: "强化监督", body: "正文二。" }] }],
  });
  const reviewer = await person(REVIEWER);
  await openEditor(reviewer, reportId);
  await part(reviewer, /^一、/);
  await reviewer.getByRole("button", { name: "批注事项（二）" }).click();
  await reviewer.getByRole("group", { name: "批注事项（二）" }).getByLabel("批注内容").fill("监督数据请补充");
  await reviewer.getByRole("button", { name: "提交批注" }).click();
  await part(reviewer, "数据：信访");
  await reviewer.getByRole("button", { name: "批注数据“群众来信”" }).click();
  await reviewer.getByLabel("批注内容").fill("77件与台账不符");
  await reviewer.getByRole("button", { name: "提交批注" }).click();
  await reviewer.getByRole("region", { name: "本部分的批注" }).getByRole("article", { name: "批注：77件与台账不符" }).waitFor();

  const drafter = await person();
  await openEditor(drafter, reportId);
  const outline = drafter.getByRole("navigation", { name: "报告大纲" });
  await outline.getByRole("button", { name: /^数据：信访/ }).getByLabel("1条批注未处理").waitFor();
  await part(drafter, /^一、/);
  const item = drafter.getByRole("region", { name: "本部分的批注" }).getByRole("article", { name: "批注：监督数据请补充" });
  await item.getByText("事项（二）强化监督").waitFor();
  await part(drafter, "数据：信访");
  await drafter.getByRole("article", { name: "批注：77件与台账不符" }).getByText("数据：群众来信").waitFor();
  // Not shown on another topic's figures.
  await part(drafter, "数据：行政复议与行政应诉");
  expect(await drafter.getByRole("region", { name: "本部分的批注" }).count()).toBe(0);
  await reviewer.context().close();
  await drafter.context().close();
}, 120_000);

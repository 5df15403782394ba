import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { COMMENT_POLL_MS } from "../../components/editor/comments/live-comments";
import { newReport, openEditor, part, person, putContent, REVIEWER, seedReviewer } from "./editor-support";

/*
 * 批注 as they reach someone who has the editor open: another person's new
 * comment, reply and 已处理 show without a reload, and a click on commented
 * words brings their thread into view. Report years 2048–2049 are this file's.
 */
const PREAMBLE = "导语（以“现将……报告如下：”结尾）";
const SENTENCE = "依法化解矛盾纠纷，成效明显。";

let browser: Browser;
beforeAll(async () => {
  await seedReviewer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Selects the last `words` of 导语, as a person does with Shift+←, and comments on them. */
async function commentOnLastWords(page: Page, words: string, body: string): Promise<void> {
  await page.getByRole("textbox", { name: PREAMBLE }).click();
  await page.keyboard.press("Control+End");
  for (let i = 0; i < words.length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.getByRole("button", { name: "批注所选文字" }).click();
  await page.getByLabel("批注内容").fill(body);
  await page.getByRole("button", { name: "提交批注" }).click();
  await page.getByRole("region", { name: "本部分的批注" }).getByRole("article", { name: `批注：${body}` }).waitFor();
}

// The open editor asks for the report's 批注 every COMMENT_POLL_MS while its tab is visible: a change shows within a round.
const WITHIN_A_ROUND = { timeout: 2 * COMMENT_POLL_MS + 5000 };

it("shows another person's new comment, reply and 已处理 in the open editor, without a reload", async () => {
  const reportId = await newReport(2048);
  await putContent(reportId, { header: { year: 2048 }, preamble: `全区法治建设稳步推进。${SENTENCE}` });
  const drafter = await person(browser);
  await openEditor(drafter, reportId);
  await part(drafter, /^导语/);
  // A mark on this visit of the page: a reload would lose it.
  await drafter.evaluate(() => Object.assign(window, { sameVisit: true }));

  const reviewer = await person(browser, REVIEWER);
  await openEditor(reviewer, reportId);
  await part(reviewer, /^导语/);
  await commentOnLastWords(reviewer, SENTENCE, "请补充化解的数量");

  const thread = drafter.getByRole("region", { name: "本部分的批注" }).getByRole("article", { name: "批注：请补充化解的数量" });
  await thread.waitFor(WITHIN_A_ROUND);
  await drafter.locator(".comment-mark", { hasText: SENTENCE }).waitFor();
  await drafter.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /^导语/ }).getByLabel("1条批注未处理").waitFor();

  const theirs = reviewer.getByRole("article", { name: "批注：请补充化解的数量" });
  await theirs.getByLabel("回复批注").fill("另请注明数据来源");
  await theirs.getByRole("button", { name: "回复" }).click();
  await thread.getByRole("list", { name: "回复" }).getByText("另请注明数据来源").waitFor(WITHIN_A_ROUND);

  await theirs.getByRole("button", { name: "已处理" }).click();
  await theirs.waitFor({ state: "detached" });
  await thread.waitFor({ state: "detached", ...WITHIN_A_ROUND });
  expect(await drafter.locator(".comment-mark").count()).toBe(0);
  expect(await drafter.evaluate(() => "sameVisit" in window)).toBe(true);
  await reviewer.context().close();
  await drafter.context().close();
}, 120_000);

/** Whether the whole element is on screen (to the pixel: layout places it at fractions of one). */
const inView = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top > -1 && r.bottom < window.innerHeight + 1;
  });

it("brings a comment's thread into view and marks it when its highlighted words are clicked, the cursor staying in the text", async () => {
  const reportId = await newReport(2049);
  const paragraphs = Array.from({ length: 60 }, (_, i) => `第${i + 1}段，全区法治建设稳步推进。`);
  await putContent(reportId, { header: { year: 2049 }, preamble: [...paragraphs, SENTENCE].join("\n") });
  const drafter = await person(browser);
  await openEditor(drafter, reportId);
  await part(drafter, /^导语/);
  await commentOnLastWords(drafter, SENTENCE, "请补充化解的数量");

  const article = drafter.getByRole("article", { name: "批注：请补充化解的数量" });
  const thread = drafter.locator("li.comment-thread", { has: article });
  // The words are at the end of a long text: read there, the threads above the text are out of view.
  const mark = drafter.locator(".comment-mark", { hasText: SENTENCE });
  await mark.scrollIntoViewIfNeeded();
  expect(await inView(thread)).toBe(false);
  expect(await thread.getAttribute("aria-current")).toBeNull();

  await mark.click();
  await drafter.locator("li.comment-thread[aria-current='true']", { has: article }).waitFor();
  expect(await inView(thread)).toBe(true);
  // The click also put the cursor in the text, which keeps the focus: typing goes on there.
  expect(await drafter.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("preamble");
  await drafter.context().close();
}, 120_000);

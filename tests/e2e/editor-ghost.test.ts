import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { partTexts } from "../../lib/report/walk";
import type { Part, ReportInput } from "../../lib/report/schema";
import { newReport, putContent, storedContent, waitSaved, editorSession } from "./editor-support";

/**
 * No part ever shows, or saves, another part's content. An editor once kept
 * the rows of the part shown before (其他需要报告的情况 showed 第一责任人职责's
 * items, and one typed character saved them into it): every ordered pair of
 * parts is visited here through the outline, then every part typed in.
 */

type SubItemInput = { heading: string; body: string; subItems?: { heading: string; body: string }[] };
const item = (heading: string, body: string, subItems: SubItemInput[] = []) => ({ heading, body, subItems });

// Parts of every kind, in an order no default has; filled and empty ones side by side.
const PARTS = [
  { kind: "duty", heading: "甲：履行第一责任人职责", intro: "甲的导语", items: [item("甲一", "甲一的正文"), item("甲二", "甲二的正文", [{ heading: "甲二1", body: "甲二1的正文", subItems: [{ heading: "甲二1（1）", body: "甲二1（1）的正文" }] }])] },
  { kind: "measures", heading: "乙：主要举措", intro: "", items: [item("乙一", "乙一的正文"), item("乙二", ""), item("乙三", "乙三的正文")] },
  { kind: "measures", heading: "", intro: "", items: [] },
  { kind: "problems", heading: "丙：存在的不足", intro: "丙的导语", items: [{ heading: "丙一", description: "丙一的描述", cause: "丙一的原因" }, { heading: "", description: "丙二的描述", cause: "" }] },
  { kind: "plans", heading: "2031年工作安排", intro: "", items: [] },
  { kind: "otherMatters", heading: "", intro: "", items: [] },
  { kind: "conclusion", text: "丁：结尾段落。" },
] satisfies ReportInput["parts"];

/** A tour of the parts in which every ordered pair (a, b), a ≠ b, is one step: an Euler circuit of the complete digraph. */
function everyOrderedPair(n: number): number[] {
  const unused = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => b).filter((b) => b !== a));
  const stack = [0];
  const tour: number[] = [];
  while (stack.length > 0) {
    const v = stack[stack.length - 1] ?? 0;
    const next = unused[v]?.pop();
    if (next === undefined) tour.push(stack.pop() ?? 0);
    else stack.push(next);
  }
  return tour.reverse();
}

/** Every text field of a part in the order the form shows them, empty ones included. */
function texts(part: Part): string[] {
  const out: string[] = [];
  partTexts("", part, (_, text) => out.push(text));
  return out;
}

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  reportId = await newReport(2030);
  await putContent(reportId, { header: { year: 2030 }, preamble: "导语。", parts: PARTS });
  ({ browser, page } = await editorSession(reportId));
});
afterAll(async () => {
  await browser?.close();
});

/** What the form shows now: the value of every text field of the part on screen. */
const shownTexts = () =>
  page
    .locator("form[aria-label='报告编辑']")
    .locator("input, textarea, [role='textbox'][contenteditable='true']")
    .evaluateAll((els) =>
      els.map((el) =>
        el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : Array.from(el.children, (p) => p.textContent ?? "").join("\n"),
      ),
    );

/** Opens the i-th part through the outline (after 基本信息, 报告结构 and 导语) and waits for its editor. */
async function open(i: number) {
  await page.getByRole("navigation", { name: "报告大纲" }).getByRole("button").nth(3 + i).click();
  await page.locator(".part-place").filter({ hasText: `（第${i + 1}部分）` }).waitFor();
}

it("shows each part's own content whichever part was open before, and saves what is typed into that part only", async () => {
  const expected = structuredClone((await storedContent(reportId)).parts);
  const tour = everyOrderedPair(expected.length);
  const pairs = new Set(tour.slice(1).map((b, k) => `${tour[k]}→${b}`));
  expect(pairs.size).toBe(expected.length * (expected.length - 1));

  const typed = new Set<number>();
  for (const [step, i] of tour.entries()) {
    await open(i);
    const part = expected[i];
    if (!part) throw new Error(`no part ${i}`);
    expect(await shownTexts(), `part ${i + 1} opened after part ${(tour[step - 1] ?? -1) + 1}`).toEqual(texts(part));

    // Typed into on its first visit, right after another part was shown.
    if (step > 0 && !typed.has(i)) {
      typed.add(i);
      const marker = `【第${i + 1}部分】`;
      const field = page.locator("form[aria-label='报告编辑'] [role='textbox'][contenteditable='true']").first();
      await field.focus();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(marker);
      if (part.kind === "conclusion") part.text += marker;
      else part.intro += marker;
      expect(await shownTexts()).toEqual(texts(part));
    }
  }
  expect(typed.size).toBe(expected.length);

  await page.keyboard.press("Control+s");
  await waitSaved(page);
  expect((await storedContent(reportId)).parts).toEqual(expected);
});

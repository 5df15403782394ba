import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import fixture from "../../lib/report/fixtures/laocheng-2020.json";
import { carryOver } from "../../lib/report/carry-over";
import { valueAt } from "../../lib/report/paths";
import { draftReportSchema, type Report } from "../../lib/report/schema";
import { newReport, part, partOf, putContent, storedContent, waitSaved, editorSession } from "./editor-support";

/**
 * 报告结构: the author orders the parts (many reports put the first
 * responsible persons' duty first), removes and adds them; the numbering of
 * the printed report follows, and every 沿用上年 mark stays on its text.
 */

let browser: Browser;
let page: Page;
let reportId: string;

// Last year's Laocheng report carried into 2032 with its texts: every text is marked 沿用上年.
const seeded = (() => {
  const report = carryOver(draftReportSchema.parse(fixture), { carryTexts: true });
  report.header.year = 2032;
  return report;
})();
const DUTY = partOf(seeded, "duty").heading;
const FIRST = partOf(seeded, "measures").heading;
const SECOND = partOf(seeded, "measures", 1).heading;

/** Each mark with the text it is on: what moving parts must not change. */
const marks = (report: Report) => report.carriedOver.map((path) => `${path.replace(/^parts\.\d+/, "")} ${String(valueAt(report, path))}`).sort();

beforeAll(async () => {
  reportId = await newReport(2032);
  await putContent(reportId, seeded);
  ({ browser, page } = await editorSession(reportId));
  await part(page, "报告结构");
});
afterAll(async () => {
  await browser?.close();
});

const structure = () => page.getByRole("region", { name: "报告结构" });
const rows = () => structure().getByRole("list", { name: "报告的各部分" }).getByRole("listitem");
const row = (heading: string) => rows().filter({ has: page.getByRole("button", { name: heading, exact: true }) });
const announced = () => structure().getByRole("status", { name: "结构调整" });
const checklist = () => structure().getByRole("region", { name: "督察规定要求的内容" });
const isFocusedIn = (locator: Locator) => locator.evaluate((el) => el.contains(document.activeElement));

it("lists the parts in order with their kinds and numbers, and which part answers each of the regulation's five contents", async () => {
  const texts = await rows().allTextContents();
  expect(texts.map((t) => t.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
  expect(texts[3]).toContain(DUTY);
  expect(texts[3]).toContain("第一责任人职责");
  const items = checklist().getByRole("listitem");
  expect(await items.filter({ hasText: "已包含" }).count()).toBe(4);
  expect(await items.filter({ hasText: "党政主要负责人履行推进法治建设第一责任人职责" }).textContent()).toContain(`已包含`);
  expect(await items.filter({ hasText: "党政主要负责人履行推进法治建设第一责任人职责" }).textContent()).toContain(`四、${DUTY}`);
  expect(await items.filter({ hasText: "其他需要报告的情况" }).textContent()).toContain("未包含（可选）");
});

it("moves the duty part first from the keyboard, focus staying on its row, and the preview numbers it 一、", async () => {
  const before = marks(await storedContent(reportId));
  const duty = row(DUTY);
  await duty.getByRole("button", { name: DUTY, exact: true }).focus();
  for (const position of [3, 2, 1]) {
    await page.keyboard.press("Alt+ArrowUp");
    await announced().filter({ hasText: `已将“${DUTY}”移到第${position}位（共6个部分）` }).waitFor();
    expect(await isFocusedIn(row(DUTY))).toBe(true);
  }
  expect((await rows().allTextContents())[0]).toContain(DUTY);
  expect((await rows().first().textContent())?.startsWith("一、")).toBe(true);
  // At the top the row cannot go further up.
  expect(await row(DUTY).getByRole("button", { name: `上移“${DUTY}”` }).isDisabled()).toBe(true);

  // The buttons move a part too: the first measures part down one place, then back.
  await row(FIRST).getByRole("button", { name: `下移“${FIRST}”` }).click();
  await announced().filter({ hasText: `已将“${FIRST}”移到第3位` }).waitFor();
  await row(FIRST).getByRole("button", { name: `上移“${FIRST}”` }).click();
  await announced().filter({ hasText: `已将“${FIRST}”移到第2位` }).waitFor();

  await page.getByRole("button", { name: "预览", exact: true }).click();
  const headings = page.getByRole("article", { name: "报告预览" }).getByRole("heading", { level: 2 });
  await headings.first().filter({ hasText: `一、${DUTY}` }).waitFor();
  expect((await headings.allTextContents()).slice(0, 3)).toEqual([`一、${DUTY}`, `二、${FIRST}`, `三、${SECOND}`]);

  await waitSaved(page);
  const stored = await storedContent(reportId);
  expect(stored.parts.map((p) => p.kind)).toEqual(["duty", "measures", "measures", "measures", "problems", "plans"]);
  // Every 沿用上年 mark moved with its part: the same texts are marked, under their new place.
  expect(marks(stored)).toEqual(before);
  expect(stored.carriedOver).toContain("parts.0.intro");
  expect(valueAt(stored, "parts.0.intro")).toBe(partOf(seeded, "duty").intro);
});

it("marks the moved part's carried texts on their own fields, and editing one drops only its mark", async () => {
  await page.getByRole("button", { name: "编辑", exact: true }).click();
  await part(page, new RegExp(`^一、${DUTY}`));
  const intro = page.getByLabel("本部分导语（可选）");
  const introField = page.locator(".field", { has: intro });
  await introField.getByText("沿用上年内容，尚未修改").waitFor();
  expect(await page.locator(".field", { has: page.getByLabel("（一）正文", { exact: true }) }).getByText("沿用上年内容，尚未修改").count()).toBe(1);
  await intro.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("今年补充。");
  await introField.getByText("沿用上年内容，尚未修改").waitFor({ state: "detached" });
  await waitSaved(page);
  const stored = await storedContent(reportId);
  expect(stored.carriedOver).not.toContain("parts.0.intro");
  expect(stored.carriedOver).toContain("parts.0.items.0.body");
  expect(stored.carriedOver).toContain("parts.1.items.0.body");
});

it("removes a part with an undo that puts it back in its place, marks and all", async () => {
  await part(page, "报告结构");
  const before = await storedContent(reportId);
  const problems = partOf(before, "problems").heading;
  await row(problems).getByRole("button", { name: `删除“${problems}”` }).click();
  expect(await row(problems).count()).toBe(0);
  await checklist().getByRole("listitem").filter({ hasText: "存在的不足和原因" }).filter({ hasText: "缺少" }).waitFor();
  await structure().getByRole("region", { name: "缺少的部分" }).getByText("缺少“存在的不足和原因”部分").waitFor();
  // 提交审核 names the missing part too, and its link leads to where a part is added.
  const submit = page.getByRole("region", { name: "提交审核" });
  await submit.getByRole("button", { name: "提交审核" }).click();
  const missing = submit.getByRole("alert").getByRole("listitem").filter({ hasText: "缺少“存在的不足和原因”部分" });
  await missing.getByRole("button", { name: "报告结构" }).click();
  expect(await structure().getByLabel("部分类型").evaluate((el) => el === document.activeElement)).toBe(true);

  await structure().getByRole("button", { name: "撤销删除" }).click();
  expect((await rows().allTextContents())[4]).toContain(problems);
  await checklist().getByRole("listitem").filter({ hasText: "存在的不足和原因" }).filter({ hasText: "已包含" }).waitFor();
  await waitSaved(page);
  const after = await storedContent(reportId);
  expect(after.parts).toEqual(before.parts);
  expect([...after.carriedOver].sort()).toEqual([...before.carriedOver].sort());
});

it("adds a concluding paragraph at the end, printed unnumbered before 特此报告, and offers the kind no more", async () => {
  await part(page, "导语");
  // The outline's 添加部分 leads to 报告结构's form, ready to choose a kind.
  await page.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: "＋ 添加部分" }).click();
  const kind = structure().getByLabel("部分类型");
  expect(await kind.evaluate((el) => el === document.activeElement)).toBe(true);
  await kind.selectOption({ label: "结尾段落" });
  await structure().getByRole("button", { name: "添加此部分" }).click();
  const text = page.getByLabel("结尾段落正文");
  await text.waitFor();
  expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type("下一步，我们将持续推进法治政府建设。");

  await page.getByRole("button", { name: "预览", exact: true }).click();
  const preview = page.getByRole("article", { name: "报告预览" });
  await preview.getByText("下一步，我们将持续推进法治政府建设。").waitFor();
  const paragraphs = await preview.locator("p").allTextContents();
  expect(paragraphs.indexOf("特此报告。") - paragraphs.indexOf("下一步，我们将持续推进法治政府建设。")).toBe(1);

  await page.getByRole("button", { name: "编辑", exact: true }).click();
  await part(page, "报告结构");
  expect(await rows().count()).toBe(7);
  expect(await kind.locator("option", { hasText: "结尾段落" }).isDisabled()).toBe(true);
  expect(await kind.locator("option", { hasText: "主要举措和成效" }).isDisabled()).toBe(false);
  await waitSaved(page);
  const stored = await storedContent(reportId);
  expect(stored.parts.at(-1)).toMatchObject({ kind: "conclusion", text: "下一步，我们将持续推进法治政府建设。" });
});

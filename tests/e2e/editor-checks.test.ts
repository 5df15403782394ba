import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { part, partOf, saveStatus, newReport, storedContent, waitSaved, editorSession, fieldValue, fillField } from "./editor-support";

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  reportId = await newReport(2021);
  ({ browser, page } = await editorSession(reportId));
});
afterAll(async () => {
  await browser?.close();
});

const isFocused = (label: string) => page.getByLabel(label, { exact: true }).evaluate((el) => el === document.activeElement);

it("shows a broken cross-check on every field concerned, and the summary's link goes to the field", async () => {
  await part(page, "数据：信访");
  await page.getByLabel("上级交办信访事项", { exact: true }).fill("41");
  await page.getByLabel("交办信访事项已化解", { exact: true }).fill("40");
  await page.getByLabel("交办信访事项未化解", { exact: true }).fill("2");
  const message = "交办信访事项已化解（40）与交办信访事项未化解（2）之和为42，与上级交办信访事项（41）不一致";
  const figures = page.getByRole("region", { name: "数据：信访" });
  // Cross-checks come with the review after a pause in typing, on each of the three fields.
  await figures.getByRole("alert").filter({ hasText: message }).nth(2).waitFor();
  expect(await figures.getByRole("alert").filter({ hasText: message }).count()).toBe(3);
  await page.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /数据：信访.*有问题/ }).waitFor();

  // From another part, the summary's link switches back and focuses the field.
  await part(page, /^导语/);
  const summary = page.getByRole("region", { name: "待解决的问题" });
  const entry = summary.getByRole("listitem").filter({ hasText: message });
  await entry.getByRole("button", { name: "数据：交办信访事项已化解" }).click();
  await figures.waitFor();
  expect(await isFocused("交办信访事项已化解")).toBe(true);

  // Fixing the number clears the message everywhere.
  await page.getByLabel("交办信访事项已化解", { exact: true }).fill("39");
  await figures.getByRole("alert").first().waitFor({ state: "detached" });
  await summary.getByText("暂无").waitFor();
});

it("points out a typed number that contradicts its figure, naming both numbers", async () => {
  await part(page, "数据：行政复议与行政应诉");
  await page.getByLabel("行政诉讼案件", { exact: true }).fill("77");
  await part(page, /^导语/);
  await fillField(page.getByLabel("导语（以“现将……报告如下：”结尾）"), "2021年以来，共接收行政诉讼案件78起。现将有关情况报告如下：");
  const warning = "正文写的“行政诉讼案件78起”与数据“行政诉讼案件”（77起）不一致：正文为78，数据为77。可改为插入数据引用";
  await page.getByRole("region", { name: "导语" }).getByRole("status").filter({ hasText: warning }).waitFor();
  await page.getByRole("region", { name: "待解决的问题" }).getByRole("listitem").filter({ hasText: warning }).waitFor();
});

it("reads full-width digits and separators in figures, keeps and saves what it cannot read with a flag, and keeps empty as empty", async () => {
  await part(page, "数据：行政执法");
  await page.getByLabel("公示行政许可、行政处罚信息", { exact: true }).fill("５０，８４６");
  const units = page.getByLabel("行政执法单位", { exact: true });
  await units.fill("12.3.4");
  const region = page.getByRole("region", { name: "数据：行政执法" });
  await region.getByRole("alert").filter({ hasText: "行政执法单位“12.3.4”不是数字或约数，请填写如 500、500余、约30 的数值" }).waitFor();
  // Nothing typed is refused: the words are saved as typed, the flag stays on the field.
  await waitSaved(page);
  let figures = (await storedContent(reportId)).figures;
  expect(figures.enforcement.enforcementUnits).toBe("12.3.4");
  expect(figures.enforcement.recordsPublished).toBe(50846);

  await units.fill("");
  await region.getByRole("alert").waitFor({ state: "detached" });
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
  figures = (await storedContent(reportId)).figures;
  expect(figures.enforcement.enforcementUnits).toBeNull();
  expect(figures.reconsiderationLitigation.lawsuits).toBe(77);
});

it("saves a 30,000-character paragraph, a 300-character heading and an emoji as typed, flagged with the limit on their fields", async () => {
  await part(page, /^导语/);
  const long = "法".repeat(29_990) + "𠮷祥😀法治";
  const preamble = page.getByLabel("导语（以“现将……报告如下：”结尾）");
  await fillField(preamble, long);
  const region = page.getByRole("region", { name: "导语" });
  // The counter shows the limit before it is reached, and warns past it at once.
  await region.getByText(`${long.length.toLocaleString("en-US")} / 20,000字，超出${(long.length - 20_000).toLocaleString("en-US")}字`).waitFor();
  await region.getByRole("alert").filter({ hasText: "导语不能超过20000个字符" }).waitFor();
  await region.getByRole("alert").filter({ hasText: "含有表情符号“😀”，公文中不能使用" }).waitFor();
  // Typing can never reach the size the server refuses: the field stops at it (a paste is cut there), and Ctrl+Z
  // takes the paste back alone, leaving what was typed just before it (within the history's half second).
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("。");
  await preamble.evaluate((el) => {
    const data = new DataTransfer();
    data.setData("text/plain", "治".repeat(80_000));
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await region.getByText("100,000 / 20,000字，超出80,000字").waitFor();
  await page.keyboard.press("ControlOrMeta+z");
  await region.getByText(`${(long.length + 1).toLocaleString("en-US")} / 20,000字`).waitFor();
  expect(await preamble.evaluate((el) => el.textContent)).toBe(`${long}。`);
  await fillField(preamble, long);
  await region.getByText(`${long.length.toLocaleString("en-US")} / 20,000字`).waitFor();

  await part(page, /主要举措和成效/);
  const heading = "推进依法行政😀".repeat(40);
  await page.getByLabel("部分标题").fill(heading);
  await page.getByRole("alert").filter({ hasText: "主要举措和成效的标题不能超过200个字符" }).waitFor();
  expect(await page.getByText(`${heading.length} / 200字，超出`).count()).toBe(1);

  // Flagged, not refused: the server has both as typed.
  await waitSaved(page);
  expect(await page.getByText("超出了服务器能保存的大小").count()).toBe(0);
  const stored = await storedContent(reportId);
  expect(stored.preamble).toBe(long);
  expect(partOf(stored, "measures").heading).toBe(heading);

  await page.getByLabel("部分标题").fill("主要举措和成效");
  await part(page, /^导语/);
  await fillField(preamble, "2021年以来，……现将有关情况报告如下：");
  // first() is whichever flag is still there: it detaches once none is left.
  await region.getByRole("alert").first().waitFor({ state: "detached" });
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
});

it("reorders items from the keyboard (Alt+↑) and with the 上移 button, keeping each item's text with it", async () => {
  await part(page, /主要举措和成效/);
  await page.getByRole("button", { name: "添加事项" }).click();
  await page.getByLabel("（一）标题（段首句）").fill("第一项");
  await page.getByRole("button", { name: "添加事项" }).click();
  await page.getByLabel("（二）标题（段首句）").fill("第二项");
  await fillField(page.getByLabel("（二）正文", { exact: true }), "第二项的正文");

  await page.getByLabel("（二）标题（段首句）").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await page.getByLabel("（一）标题（段首句）").and(page.locator(":focus")).waitFor();
  expect(await page.getByLabel("（一）标题（段首句）").inputValue()).toBe("第二项");
  expect(await fieldValue(page.getByLabel("（一）正文", { exact: true }))).toBe("第二项的正文");
  expect(await page.getByLabel("（二）标题（段首句）").inputValue()).toBe("第一项");

  await page.getByRole("button", { name: "上移事项（二）" }).click();
  expect(await page.getByLabel("（一）标题（段首句）").inputValue()).toBe("第一项");
  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);
  const items = partOf(await storedContent(reportId), "measures").items;
  expect(items.map((i) => [i.heading, i.body])).toEqual([
    ["第一项", ""],
    ["第二项", "第二项的正文"],
  ]);
});

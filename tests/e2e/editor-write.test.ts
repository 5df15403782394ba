import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import fixture from "../../lib/report/fixtures/laocheng-2020.json";
import { draftReportSchema } from "../../lib/report/schema";
import { fieldValue, fillField, part, partOf, reportIdFromUrl, saveStatus, seedEditorOrganization, signIn, storedContent, ORGANIZATION, waitSaved } from "./editor-support";

let browser: Browser;
beforeAll(async () => {
  await seedEditorOrganization();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Text from the Laocheng 2020 report, written as the 2024 report.
const laocheng = draftReportSchema.parse(fixture);
const section = partOf(laocheng, "measures");
const preamble = laocheng.preamble.replaceAll("2020", "2024");
const duty = partOf(laocheng, "duty");
const problem = partOf(laocheng, "problems").items[0]!;
const plan = partOf(laocheng, "plans").items[0]!;
// Rare characters a font may lack, and markup: all must come through as text (emoji are flagged and refused: editor-checks).
const rare = "推进“𠮷祥”社区与䶮字古籍普法，标题写作<b>粗体</b><script>window.__pwned = 1</script>";

async function fill(page: Page, label: string, text: string) {
  await fillField(page.getByLabel(label, { exact: true }), text);
}

it("writes a new year's report from nothing, keeps every field across a reload, and submits it for review", async () => {
  const context = await browser.newContext();
  await signIn(context);
  const page = await context.newPage();
  await page.goto(inject("baseURL"));

  // 新建年度报告 on the home page: a wrong year is refused on the field, a full-width one is read.
  const district = page.getByRole("region", { name: ORGANIZATION });
  const year = district.getByLabel("新建年度报告：年度");
  await year.fill("1999");
  await district.getByRole("button", { name: "新建年度报告" }).click();
  await district.getByRole("alert").filter({ hasText: "年度不能早于2000年" }).waitFor();
  await year.fill("２０２４");
  await district.getByRole("button", { name: "新建年度报告" }).click();
  await page.waitForURL(/\/reports\/[^/]+\/edit$/);
  await page.locator("html[data-editor-ready='true']").waitFor();
  const reportId = reportIdFromUrl(page);

  // 基本信息: the skeleton brought title, addressee and signatory; the drafter adds number and date.
  expect(await fieldValue(page.getByLabel("报告标题（换行即标题的分行）"))).toBe("洛阳市涧西区人民政府关于2024年度法治政府建设工作情况的报告");
  expect(await fieldValue(page.getByLabel("主送机关"))).toBe("洛阳市人民政府");
  await fill(page, "文号", "洛政〔2025〕5号");
  await fill(page, "成文日期", "2025-02-24");

  await part(page, /^导语/);
  await fill(page, "导语（以“现将……报告如下：”结尾）", preamble);

  // The new report's first part, 主要举措和成效 (not numbered while empty): heading edited, two items;
  // the second cites a figure through the picker.
  await part(page, /^主要举措和成效（未填写）/);
  await fill(page, "部分标题", section.heading);
  await page.getByRole("button", { name: "添加事项" }).click();
  await fill(page, "（一）标题（段首句）", section.items[0]!.heading);
  await fill(page, "（一）正文", section.items[0]!.body);
  await page.getByRole("button", { name: "添加事项" }).click();
  await fill(page, "（二）标题（段首句）", "强化行政复议及行政应诉工作");
  const body = page.getByLabel("（二）正文", { exact: true });
  await fillField(body, "加大行政复议层级监督力度，共接收行政诉讼案件");
  await page.locator(".field", { has: body }).getByRole("button", { name: "插入数据" }).click();
  await page.getByLabel("选择要插入的数据").selectOption({ label: "行政诉讼案件（起）" });
  await body.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("起，并根据开庭时间，积极出庭应诉。");
  const itemTwoShown = (value: string) => `加大行政复议层级监督力度，共接收行政诉讼案件[行政诉讼案件 ${value}]起，并根据开庭时间，积极出庭应诉。`;
  const itemTwo = "加大行政复议层级监督力度，共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起，并根据开庭时间，积极出庭应诉。";
  // The reference shows as a token with the figure's name and (not yet entered) value; it is stored as {{id}}.
  expect(await fieldValue(body)).toBe(itemTwoShown("待填"));
  // Until the figure is entered, the live line says so.
  await page.locator(".field", { has: body }).getByLabel("引用的数据").filter({ hasText: "行政诉讼案件 = 待填" }).waitFor();

  // Figures, typed as offices type them: full-width digits and thousands separators are read as numbers.
  await part(page, "数据：行政复议与行政应诉");
  await fill(page, "行政诉讼案件", "77");
  await fill(page, "行政复议案件", "9");
  await fill(page, "行政机关负责人出庭应诉率", "100");
  await part(page, "数据：行政执法");
  await fill(page, "行政执法单位", "３３");
  await fill(page, "公示行政许可、行政处罚信息", "50,846");
  await part(page, "数据：信访");
  await fill(page, "上级交办信访事项", "41");
  await fill(page, "交办信访事项已化解", "39");
  await fill(page, "交办信访事项未化解", "2");

  await part(page, /^党政主要负责人履行推进法治建设第一责任人职责情况（未填写）/);
  await fill(page, "本部分导语（可选）", duty.intro);
  await page.getByRole("button", { name: "添加事项" }).click();
  await fill(page, "（一）正文", duty.items[0]!.heading + "。" + duty.items[0]!.body);

  await part(page, /^存在的不足和原因（未填写）/);
  await page.getByRole("button", { name: "添加问题" }).click();
  await fill(page, "（一）问题标题", problem.heading);
  await fill(page, "（一）问题描述", problem.description);
  await fill(page, "（一）原因分析", problem.cause);

  await part(page, /^2025年工作安排（未填写）/);
  await fill(page, "部分标题", "2025年工作打算");
  await page.getByRole("button", { name: "添加事项" }).click();
  await fill(page, "（一）标题（段首句）", plan.heading);
  await fill(page, "（一）正文", `${plan.body}${rare}`);

  await saveStatus(page).filter({ hasText: "未保存" }).waitFor();
  await waitSaved(page);

  // Everything comes back from the server after a reload, in every part.
  await page.reload();
  await page.locator("html[data-editor-ready='true']").waitFor();
  await waitSaved(page);
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  expect(await fieldValue(page.getByLabel("文号"))).toBe("洛政〔2025〕5号");
  expect(await fieldValue(page.getByLabel("成文日期"))).toBe("2025-02-24");
  await part(page, /^导语/);
  expect(await fieldValue(page.getByLabel("导语（以“现将……报告如下：”结尾）"))).toBe(preamble);
  await part(page, /^一、/);
  expect(await fieldValue(page.getByLabel("部分标题"))).toBe(section.heading);
  expect(await fieldValue(page.getByLabel("（一）标题（段首句）"))).toBe(section.items[0]!.heading);
  expect(await fieldValue(page.getByLabel("（一）正文", { exact: true }))).toBe(section.items[0]!.body);
  expect(await fieldValue(page.getByLabel("（二）正文", { exact: true }))).toBe(itemTwoShown("77"));
  expect(partOf(await storedContent(reportId), "measures").items[1]?.body).toBe(itemTwo);
  await page.locator(".field", { has: page.getByLabel("（二）正文", { exact: true }) }).getByLabel("引用的数据").filter({ hasText: "行政诉讼案件 = 77" }).waitFor();
  await part(page, "数据：行政执法");
  expect(await fieldValue(page.getByLabel("行政执法单位", { exact: true }))).toBe("33");
  expect(await fieldValue(page.getByLabel("公示行政许可、行政处罚信息", { exact: true }))).toBe("50846");
  await part(page, "数据：信访");
  expect(await fieldValue(page.getByLabel("交办信访事项未化解", { exact: true }))).toBe("2");
  expect(await fieldValue(page.getByLabel("京访案件", { exact: true }))).toBe("");
  await part(page, /^二、/);
  expect(await fieldValue(page.getByLabel("本部分导语（可选）"))).toBe(duty.intro);
  await part(page, /^三、/);
  expect(await fieldValue(page.getByLabel("（一）原因分析"))).toBe(problem.cause);
  await part(page, /^四、/);
  expect(await fieldValue(page.getByLabel("（一）正文", { exact: true }))).toBe(`${plan.body}${rare}`);

  // The outline knows the parts are done, numbered in the order they print.
  const outline = page.getByRole("navigation", { name: "报告大纲" });
  await outline.getByRole("button", { name: /^一、高度重视.*已完成/ }).waitFor();
  await outline.getByRole("button", { name: /^四、2025年工作打算.*已完成/ }).waitFor();

  // The preview reads as printed: the figure substituted, markup shown as text and never run.
  await page.getByRole("button", { name: "预览", exact: true }).click();
  const preview = page.getByRole("article", { name: "报告预览" });
  await preview.getByText("共接收行政诉讼案件77起", { exact: false }).waitFor();
  expect(await preview.textContent()).toContain("<script>window.__pwned = 1</script>");
  expect(await preview.textContent()).toContain("𠮷祥");
  expect(await page.evaluate(() => "__pwned" in window)).toBe(false);

  // 提交审核 passes the full check and moves the report into review, on its read-only page.
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.waitForURL(new RegExp(`/reports/${reportId}$`));
  await page.getByRole("heading", { level: 1 }).getByText("待审核", { exact: true }).waitFor();

  // The home list shows it under review, no longer offered for editing.
  await page.goto(inject("baseURL"));
  const row = page.getByRole("region", { name: ORGANIZATION }).getByRole("row").filter({ hasText: "2024年度" });
  expect(await row.textContent()).toContain("待审核");
  expect(await page.getByRole("link", { name: "编辑2024年度报告" }).count()).toBe(0);
  await context.close();
});

import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { districtReport, PEOPLE, person, press, statusIs, todoCount, todoRows, url, workflow } from "./oa-support";
import { fieldValue, fillField } from "./editor-support";

/*
 * 待办, 撤回, the confirmations and the review aids as three people see them
 * (the district's drafter and reviewer, the city's 上级审阅), each in a
 * browser context of their own, on 瀍河区's 2052 report.
 */
let browser: Browser;
let reportId: string;
beforeAll(async () => {
  reportId = await districtReport(2052);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const REPORT = "瀍河区2052年度报告";

it("takes the report through 撤回, return, changes, approval and sending, each person's 待办 and notices following", { timeout: 240_000 }, async () => {
  const drafter = await person(browser, PEOPLE.drafter);
  const reviewer = await person(browser, PEOPLE.reviewer);
  const city = await person(browser, PEOPLE.city);
  const open = (page: typeof drafter) => page.goto(url(`/reports/${reportId}`));

  expect(await todoRows(reviewer)).toEqual([]);
  expect(await todoCount(reviewer)).toBe(0);
  const cityBefore = await todoCount(city);

  // Submitted: the reviewer's 待办 has it, with the link that opens it.
  await open(drafter);
  await press(drafter, "提交审核");
  await statusIs(drafter, "待审核");
  expect(await todoRows(reviewer)).toEqual([`待审核 ${REPORT} 审核`]);
  expect(await todoCount(reviewer)).toBe(1);

  // 撤回 before the reviewer opened it: back to 草稿, and out of the reviewer's 待办, with a notice saying so.
  await press(drafter, "撤回");
  await statusIs(drafter, "草稿");
  expect(await todoRows(reviewer)).toEqual([]);
  expect(await todoCount(reviewer)).toBe(0);
  await reviewer.getByRole("banner").getByRole("link", { name: /^未读通知 2 条$/ }).click();
  const withdrawn = reviewer.getByRole("listitem", { name: `未读：瀍河区起草人撤回了${REPORT}的审核申请` });
  await withdrawn.getByRole("button", { name: "标为已读" }).click();
  await reviewer.getByRole("listitem", { name: `已读：瀍河区起草人撤回了${REPORT}的审核申请` }).waitFor();
  await reviewer.getByRole("banner").getByRole("link", { name: /^未读通知 1 条$/ }).waitFor();

  // Submitted again and opened by the reviewer from the 待办: 撤回 is no longer offered, nor accepted.
  await press(drafter, "提交审核");
  await statusIs(drafter, "待审核");
  await todoRows(reviewer);
  await reviewer.getByRole("link", { name: `审核${REPORT}` }).click();
  await statusIs(reviewer, "待审核");
  await open(drafter);
  await statusIs(drafter, "待审核");
  expect(await workflow(drafter).getByRole("button", { name: "撤回" }).count()).toBe(0);

  // 退回修改 is set apart from 审定通过, and its form shows only its own button.
  const buttons = await workflow(reviewer).getByRole("button").allTextContents();
  expect(buttons).toEqual(["审定通过…", "退回修改…"]);
  await press(reviewer, "退回修改…");
  expect(await workflow(reviewer).getByRole("button").allTextContents()).toEqual(["退回修改", "取消"]);
  await reviewer.getByLabel("意见针对的部分").selectOption({ label: "导语" });
  await reviewer.getByLabel("修改意见").fill("导语请写明全年工作目标");
  await press(reviewer, "退回修改");
  await statusIs(reviewer, "退回修改");
  // No control of the last step stays: neither the form nor 审定通过.
  expect(await reviewer.getByLabel("修改意见").count()).toBe(0);
  expect(await workflow(reviewer).getByRole("button", { name: "审定通过…" }).count()).toBe(0);
  expect(await todoRows(drafter)).toEqual([`退回修改 ${REPORT} 修改`, `1条意见待处理 ${REPORT} 处理`]);
  expect(await todoCount(drafter)).toBe(2);

  // The drafter follows the 待办 link into the editor and changes the preamble.
  await drafter.getByRole("link", { name: `修改${REPORT}` }).click();
  await drafter.locator("html[data-editor-ready='true']").waitFor();
  await drafter.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /^导语/ }).click();
  const preamble = drafter.getByLabel("导语（以“现将……报告如下：”结尾）");
  const old = await fieldValue(preamble);
  await fillField(preamble, old.replace("现将", "全年工作目标全部完成。现将"));
  await drafter.getByRole("status", { name: "保存状态" }).filter({ hasText: /^已保存 \d\d:\d\d$/ }).waitFor();
  await open(drafter);
  const comments = drafter.getByRole("region", { name: "审核意见" });
  await comments.getByRole("listitem").filter({ hasText: "导语请写明全年工作目标" }).getByRole("button", { name: "标记为已处理" }).click();
  await comments.getByText("已处理").waitFor();
  await press(drafter, "提交审核");
  await statusIs(drafter, "待审核");
  expect(await todoRows(drafter)).toEqual([]);

  // The reviewer sees what changed since the previous submission: the preamble, and only it.
  await open(reviewer);
  const since = reviewer.getByRole("region", { name: "与上次提交相比" });
  const changed = since.getByRole("listitem");
  expect(await changed.count()).toBe(1);
  await changed.getByText("导语").first().click();
  expect(await changed.locator("ins").allTextContents()).toEqual(["全年工作目标全部完成。"]);

  // 审定通过 asks first and says what follows; 取消 changes nothing.
  await press(reviewer, "审定通过…");
  const confirm = reviewer.getByRole("dialog", { name: "确认审定通过" });
  expect(await confirm.textContent()).toContain("报告内容将锁定为只读");
  await confirm.getByRole("button", { name: "取消" }).click();
  await confirm.waitFor({ state: "hidden" });
  await open(reviewer);
  await statusIs(reviewer, "待审核");
  await press(reviewer, "审定通过…");
  await confirm.getByRole("button", { name: "审定通过", exact: true }).click();
  await statusIs(reviewer, "已审定");
  expect(await workflow(reviewer).getByRole("button").allTextContents()).toEqual(["报送上级…", "重新打开…"]);

  await press(reviewer, "报送上级…");
  const send = reviewer.getByRole("dialog", { name: "确认报送上级" });
  expect(await send.textContent()).toContain("上级单位的审阅人将收到通知");
  await send.getByRole("button", { name: "报送上级", exact: true }).click();
  await statusIs(reviewer, "已报送");

  // The city's 待办 gains the report to read, and loses it once opened.
  expect(await todoRows(city)).toContain(`已报送待阅 ${REPORT} 阅读`);
  expect(await todoCount(city)).toBe(cityBefore + 1);
  await city.getByRole("link", { name: `阅读${REPORT}` }).click();
  await statusIs(city, "已报送");
  expect(await todoRows(city)).not.toContain(`已报送待阅 ${REPORT} 阅读`);
  expect(await todoCount(city)).toBe(cityBefore);
});

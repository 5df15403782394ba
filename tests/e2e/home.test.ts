import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("sends a visitor to the login page, then lists the demo organization's 2020 report and opens it", async () => {
  const page = await browser.newPage();
  await page.goto(inject("baseURL"));
  expect(new URL(page.url()).pathname).toBe("/login");
  await logInAs(page, inject("baseURL"), "drafter");
  const district = page.getByRole("region", { name: "洛阳市老城区人民政府" });
  await district.getByRole("cell", { name: "2020年度", exact: true }).waitFor();
  const link = district.getByRole("link", { name: "洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告" });
  expect(await link.count()).toBe(1);
  await link.click();
  await page.waitForURL(/\/reports\//);
  const preview = page.getByRole("article", { name: "报告预览" });
  expect(await preview.getByText("（八）强化行政复议及行政应诉工作。").count()).toBe(1);
  expect(await preview.textContent()).toContain("共接收行政诉讼案件77起");
  await page.close();
});

it("shows a wrong password as an error on the login form and keeps the username", async () => {
  const page = await browser.newPage();
  await page.goto(`${inject("baseURL")}/login`);
  await page.getByLabel("用户名").fill("reviewer");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("alert").filter({ hasText: "用户名或密码不正确" }).waitFor();
  expect(await page.getByLabel("用户名").inputValue()).toBe("reviewer");
  await page.close();
});

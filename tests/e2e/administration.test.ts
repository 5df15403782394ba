import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";
import { createDb } from "../../lib/db/client";
import { hashPassword } from "../../lib/security/password";
import { formatDateTime, formatTime } from "../../lib/time/format";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { newReport, openEditor, signIn, storedContent, waitSaved } from "./editor-support";

/**
 * China time on a server running in UTC (tests/support/app-server.ts starts
 * it with TZ=UTC), the Chinese 404 and 无权访问 pages, an administrator
 * unlocking an account and resetting its password (the person must choose a
 * new one at the next login), and the keyboard: autofocus, skip link, 退出
 * that asks. Each person in a browser context of their own.
 */
const BEIJING = "Asia/Shanghai";
const USERNAME = "zeit-drafter";
const url = (path: string) => `${inject("baseURL")}${path}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const db = createDb(inject("databaseUrl"));
  try {
    const district = await db.organization.findUniqueOrThrow({ where: { name: "洛阳市老城区人民政府" } });
    await db.user.upsert({
      where: { username: USERNAME },
      update: {},
      create: { username: USERNAME, displayName: "时区测试起草人", role: "drafter", organizationId: district.id, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
  } finally {
    await db.disconnect();
  }
});
afterAll(async () => {
  await browser?.close();
});

/** One login attempt through the form, waiting for the server's answer (the alert of the previous one may still show). */
async function tryLogIn(page: Page, password: string) {
  await page.getByLabel("用户名").fill(USERNAME);
  await page.getByLabel("密码").fill(password);
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "登录" }).click()]);
}

it("locks an account in China time, and the audit log says so in China time, on a server running in UTC", async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url("/login"));
  for (let i = 1; i <= 4; i++) {
    await tryLogIn(page, `wrong-${i}`);
    await page.getByRole("alert").filter({ hasText: "用户名或密码不正确" }).waitFor();
  }
  await tryLogIn(page, "wrong-5");
  const alert = page.getByRole("alert").filter({ hasText: "账号已锁定至" });
  await alert.waitFor();

  const db = createDb(inject("databaseUrl"));
  try {
    const lock = await db.loginThrottle.findUniqueOrThrow({ where: { key: `account:${USERNAME}` } });
    if (!lock.lockedUntil) throw new Error("the account should be locked");
    const beijing = formatTime(lock.lockedUntil, {}, BEIJING);
    expect(await alert.textContent()).toContain(`锁定至 ${beijing}`);
    // Beijing is 8 hours ahead of the server's UTC: the server's own clock would say another hour.
    expect(await alert.textContent()).not.toContain(`锁定至 ${formatTime(lock.lockedUntil, {}, "UTC")}`);

    const locked = await db.auditEvent.findFirstOrThrow({ where: { action: "locked", username: USERNAME } });
    const admin = await (await browser.newContext()).newPage();
    await logInAs(admin, inject("baseURL"), "admin");
    await admin.goto(url(`/admin/audit?person=${USERNAME}&action=locked`));
    const row = admin.getByRole("table", { name: "审计日志" }).getByRole("row").filter({ hasText: "账号锁定" });
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(formatDateTime(locked.at, { seconds: true }, BEIJING));
    expect(text).toContain("时区测试起草人（zeit-drafter）");
    expect(text).toContain("洛阳市老城区人民政府");
    await admin.close();
  } finally {
    await db.disconnect();
  }
});

it("lets an administrator unlock the account and reset its password; the person must choose a new one at the next login", async () => {
  const admin = await (await browser.newContext()).newPage();
  await logInAs(admin, inject("baseURL"), "admin");
  await admin.goto(url("/admin"));
  const accounts = admin.getByRole("region", { name: "账号" });
  expect(await accounts.getByRole("row").filter({ hasText: USERNAME }).textContent()).toContain("锁定中");
  await accounts.getByRole("link", { name: `编辑账号 ${USERNAME}` }).click();
  await admin.getByRole("heading", { name: `账号：时区测试起草人（${USERNAME}）` }).waitFor();
  await admin.getByRole("button", { name: "解锁" }).click();
  await admin.getByText("状态：正常").waitFor();

  // Unlocked: the person signs in with their password at once, in a browser of their own.
  const person = await (await browser.newContext()).newPage();
  await person.goto(url("/login"));
  await tryLogIn(person, DEMO_PASSWORD);
  await person.waitForURL(url("/"));

  // They forgot it after all: the administrator sets a temporary one, which ends their session.
  const reset = admin.getByRole("form", { name: "重置密码" });
  await reset.getByLabel("临时密码（至少8位）").fill("12345678");
  await reset.getByRole("button", { name: "重置密码" }).click();
  await reset.getByRole("alert").waitFor();
  await reset.getByLabel("临时密码（至少8位）").fill("Lin-Shi-8842");
  await reset.getByRole("button", { name: "重置密码" }).click();
  await reset.getByRole("status").filter({ hasText: `密码已重置，${USERNAME} 下次登录时须修改密码` }).waitFor();

  await person.goto(url("/"));
  await person.waitForURL(/\/login/);
  await tryLogIn(person, DEMO_PASSWORD);
  await person.getByRole("alert").filter({ hasText: "用户名或密码不正确" }).waitFor();
  await tryLogIn(person, "Lin-Shi-8842");
  await person.waitForURL(url("/account"));
  await person.getByRole("alert").filter({ hasText: "管理员已重置您的密码" }).waitFor();
  // Nowhere else to go until the password is changed.
  await person.goto(url("/search?q=信访"));
  await person.waitForURL(url("/account"));
  const change = person.getByRole("form", { name: "修改密码" });
  await change.getByLabel("当前密码").fill("Lin-Shi-8842");
  await change.getByLabel("新密码（至少8位）").fill("Zi-Ji-De-5521");
  await change.getByLabel("再次输入新密码").fill("Zi-Ji-De-5521");
  await change.getByRole("button", { name: "修改密码" }).click();
  await person.waitForURL(url("/"));
  await person.goto(url("/search?q=信访"));
  expect(new URL(person.url()).pathname).toBe("/search");

  const db = createDb(inject("databaseUrl"));
  try {
    expect((await db.user.findUniqueOrThrow({ where: { username: USERNAME } })).mustChangePassword).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "reset_password", detail: { contains: USERNAME } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "unlock", detail: { contains: USERNAME } } })).toBe(1);
  } finally {
    await db.disconnect();
  }
  await admin.close();
  await person.close();
});

it("answers in Chinese: 页面不存在 for a page that does not exist, 无权访问 for a drafter on the admin pages", async () => {
  const context = await browser.newContext();
  await signIn(context, "drafter");
  const page = await context.newPage();
  const missing = await page.goto(url("/no-such-page"));
  expect(missing?.status()).toBe(404);
  await page.getByRole("heading", { level: 1, name: "页面不存在" }).waitFor();
  expect(await page.textContent("body")).not.toContain("could not be found");

  for (const path of ["/admin", "/admin/audit", "/fonts"]) {
    const refused = await page.goto(url(path));
    expect(refused?.status()).toBe(403);
    await page.getByRole("heading", { level: 1, name: "无权访问" }).waitFor();
  }
  // The 字体 page, which shows the server's paths, is not offered to a drafter.
  expect(await page.getByRole("banner").getByRole("link", { name: "字体" }).count()).toBe(0);
  await context.close();
});

it("starts the login page in the username field, skips the header by keyboard, and asks before 退出", async () => {
  const context = await browser.newContext();
  const login = await context.newPage();
  await login.goto(url("/login"));
  expect(await login.evaluate(() => document.activeElement?.id)).toBe("username");
  await login.keyboard.type("drafter");
  await login.getByLabel("密码").fill(DEMO_PASSWORD);
  await login.keyboard.press("Enter");
  await login.waitForURL(url("/"));

  // A page as it loads: the first Tab reaches the skip link, before the header's links.
  await login.goto(url("/"));
  await login.keyboard.press("Tab");
  expect(await login.evaluate(() => document.activeElement?.textContent)).toBe("跳到主要内容");
  await login.keyboard.press("Enter");
  expect(await login.evaluate(() => document.activeElement?.id)).toBe("main");

  const banner = login.getByRole("banner");
  await banner.getByRole("button", { name: "退出" }).click();
  const ask = banner.getByRole("alertdialog", { name: "确认退出" });
  await ask.getByText("确定退出登录？").waitFor();
  await ask.getByRole("button", { name: "取消" }).click();
  await banner.getByRole("button", { name: "退出" }).waitFor();
  expect(new URL(login.url()).pathname).toBe("/");
  await banner.getByRole("button", { name: "退出" }).click();
  await banner.getByRole("button", { name: "确定退出" }).click();
  await login.waitForURL(/\/login/);
  await context.close();
});

it("takes a date typed as 2065年2月24日 in a field that does not depend on the browser's language", async () => {
  const reportId = await newReport(2064);
  const context = await browser.newContext({ locale: "en-US" });
  await signIn(context);
  const page = await context.newPage();
  await openEditor(page, reportId);
  const date = page.getByLabel("成文日期", { exact: true });
  expect(await date.getAttribute("type")).toBe("text");
  await date.fill("2065年2月24日");
  await waitSaved(page);
  expect((await storedContent(reportId)).header.date).toBe("2065-02-24");
  await context.close();
});

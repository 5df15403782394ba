import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readContent, writeContent } from "../../lib/server/reports/content";
import { seedDemo } from "../../prisma/seed/demo";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { startAppServer } from "../support/app-server";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";
import { postgresTestDatabase, postgresUnavailable, type TestDatabase } from "../support/test-db";

/*
 * Two app servers (`next start` of the same build) on one PostgreSQL
 * database, as a city runs them behind a load balancer: whatever one
 * process knows that the other must know lives in the database. Its own
 * database, so the year used (2035) is this file's alone.
 */
const pgSkip = await postgresUnavailable();
if (pgSkip) console.warn(`[skipped] two servers on PostgreSQL: ${pgSkip}`);

describe.skipIf(pgSkip !== null)("two app servers on one PostgreSQL", () => {
  let database: TestDatabase;
  let a: { baseURL: string; stop: () => void };
  let b: { baseURL: string; stop: () => void };
  let browser: Browser;
  let districtId: string;
  let reportId: string;

  beforeAll(async () => {
    database = await postgresTestDatabase();
    const seeded = await seedDemo(database.db);
    districtId = seeded.districtId;
    const base = readContent((await database.db.report.findUniqueOrThrow({ where: { id: seeded.reportId } })).content).report;
    const content = writeContent({ ...base, header: { ...base.header, year: 2035, publication: { indexNumber: "", disclosure: "主动公开", publishedOn: "2036-03-15" } } });
    reportId = (await database.db.report.create({ data: { organizationId: districtId, year: 2035, status: "sent", content, revisions: { create: { version: 1, content } } } })).id;
    [a, b] = await Promise.all([startAppServer(database.url), startAppServer(database.url)]);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    a?.stop();
    b?.stop();
    await database?.drop();
  });

  it("keeps a login made on A valid on B, and ends it on both at 退出", async () => {
    const page = await (await browser.newContext()).newPage();
    await logInAs(page, a.baseURL, "reviewer");
    // The cookie is the browser's for 127.0.0.1, whatever the port: B reads the session from the database.
    await page.goto(`${b.baseURL}/account`);
    expect(new URL(page.url()).pathname).toBe("/account");
    await page.getByText("老城区审核人（审核人）").waitFor();
    await page.getByRole("button", { name: "退出" }).click();
    await page.getByRole("button", { name: "确定退出" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/login"));
    await page.goto(`${a.baseURL}/account`);
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("locks an account after five wrong passwords spread over A and B, on both", async () => {
    const page = await (await browser.newContext()).newPage();
    const attempt = async (server: string, password: string) => {
      await page.goto(`${server}/login`);
      await page.getByLabel("用户名").fill("xigong");
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录" }).click();
      return page.getByRole("alert");
    };
    for (const server of [a, b, a, b]) {
      await (await attempt(server.baseURL, "wrong-password")).getByText("用户名或密码不正确").waitFor();
    }
    await (await attempt(a.baseURL, "wrong-password")).getByText(/账号已锁定/).waitFor();
    // The right password is refused on the other server too, until the lock ends.
    await (await attempt(b.baseURL, DEMO_PASSWORD)).getByText(/密码错误次数过多，账号已锁定至/).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("publishes on A and B serves the page at once; reopened on A, B answers 404", async () => {
    const publicPath = `/gongkai/${districtId}/2035`;
    expect((await fetch(b.baseURL + publicPath)).status).toBe(404);
    const reviewer = await (await browser.newContext()).newPage();
    await logInAs(reviewer, a.baseURL, "reviewer");
    await reviewer.goto(`${a.baseURL}/reports/${reportId}`);
    await press(reviewer, "公开发布…");
    await reviewer.getByRole("dialog").getByRole("button", { name: "公开发布", exact: true }).click();
    await statusIs(reviewer, "已公开");

    const published = await fetch(b.baseURL + publicPath);
    expect(published.status).toBe(200);
    // The 索引号 公开发布 gave on A: the district's credit code, the year of publication, its first serial.
    expect(await published.text()).toContain("11410302MB12345674/2036-00001");
    // B has the page in its memory now; the reopening happens on A.
    expect((await fetch(b.baseURL + publicPath)).status).toBe(200);
    await press(reviewer, "重新打开…");
    await reviewer.getByLabel("重新打开的理由").fill("数据有误，撤回公开");
    await press(reviewer, "重新打开");
    await statusIs(reviewer, "草稿");
    expect((await fetch(b.baseURL + publicPath)).status).toBe(404);
    expect((await fetch(a.baseURL + publicPath)).status).toBe(404);
  });
});

const press = (page: Page, name: string) => page.getByRole("region", { name: "审核流程" }).getByRole("button", { name, exact: true }).click();
const statusIs = (page: Page, label: string) => page.getByRole("heading", { level: 1 }).getByText(label, { exact: true }).waitFor();

import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { logInAs } from "../support/log-in";
import { newReport, part, seedEditorOrganization, signIn, waitSaved } from "./editor-support";

let browser: Browser;
let reportId: string;
beforeAll(async () => {
  await seedEditorOrganization();
  reportId = await newReport(2070);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

it("sends a nonce-based Content-Security-Policy, frame-ancestors 'none', Referrer-Policy and nosniff with every page", async () => {
  const res = await fetch(`${inject("baseURL")}/login`);
  const policy = res.headers.get("content-security-policy") ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(res.headers.get("referrer-policy")).toBe("same-origin");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  // Every script of the page carries this response's nonce, and the next response has another.
  const html = await res.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(policy)}"`);
  const again = await fetch(`${inject("baseURL")}/login`);
  expect(nonceOf(again.headers.get("content-security-policy") ?? "")).not.toBe(nonceOf(policy));
  // Static files get the headers that need no nonce.
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  if (!asset) throw new Error("no script asset on the login page");
  expect((await fetch(`${inject("baseURL")}${asset}`)).headers.get("x-content-type-options")).toBe("nosniff");
});

/** Every CSP violation and console error of a page, as the browser reports them. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
  return problems;
}

it("runs the editor, the login form and the account page under the policy with no violation", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await signIn(context);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${inject("baseURL")}/reports/${reportId}/edit`);
  await page.locator("html[data-editor-ready='true']").waitFor();
  // Scripts run: typing autosaves through a server action.
  await part(page, /^导语/);
  await page.getByLabel("导语（以“现将……报告如下：”结尾）").fill("2070年，我区坚持依法行政。现将有关情况报告如下：");
  await waitSaved(page);
  await page.goto(`${inject("baseURL")}/account`);
  await page.getByRole("region", { name: "登录会话" }).getByText("（当前会话）").waitFor();
  expect(problems).toEqual([]);
  await context.close();
});

it("cannot be framed by another page", async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  await logInAs(page, inject("baseURL"), "drafter");
  await page.setContent(`<iframe id="f" src="${inject("baseURL")}/login"></iframe>`);
  const frame = await (await page.$("#f"))?.contentFrame();
  // The framed document is blocked: Chromium replaces it with an empty error page, and says why.
  expect(await frame?.locator("form[aria-label='登录']").count()).toBe(0);
  expect(problems.join("\n")).toMatch(/frame-ancestors/);
  await page.close();
});

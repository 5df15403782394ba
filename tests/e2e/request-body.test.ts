import { expect, inject, it } from "vitest";
import { BODY_MESSAGES } from "../../lib/security/request-body";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { launchBrowser } from "../support/browser";

/**
 * Bad POST bodies against the production build, as curl or a page without
 * JavaScript sends them: 413 or 400 with a Chinese message, never Next.js's
 * own 500 (issue #20). The login form's action serves as the target: it is
 * there for anyone, signed in or not.
 */
const base = () => inject("baseURL");

/** The login form's server action id, read from the page as a browser without JavaScript would post it. */
async function loginActionId(): Promise<string> {
  const html = await (await fetch(`${base()}/login`)).text();
  const value = /name="\$ACTION_1:0" value="([^"]*)"/.exec(html)?.[1]?.replaceAll("&quot;", '"');
  const id = value ? (JSON.parse(value) as { id?: string }).id : undefined;
  if (!id) throw new Error("the login page has no server action form");
  return id;
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => fetch(`${base()}/login`, { method: "POST", body, headers, redirect: "manual" });

it("answers a 14 MB form post (no JavaScript) and a 14 MB action call with 413 and a Chinese message", async () => {
  const form = new FormData();
  form.set("username", "drafter");
  form.set("file", new Blob([new Uint8Array(14 * 1024 * 1024).fill(0x61)]), "big.docx");
  const plain = await post(form);
  expect(plain.status).toBe(413);
  expect(await plain.text()).toBe(BODY_MESSAGES.tooLarge);
  const action = await post("a".repeat(14 * 1024 * 1024), { "next-action": await loginActionId(), "content-type": "text/plain;charset=UTF-8" });
  expect(action.status).toBe(413);
  expect(await action.text()).toBe(BODY_MESSAGES.tooLarge);
});

it("answers broken multipart, a 5 MB body that is not JSON and an empty action call with 400 and a Chinese message", async () => {
  const id = await loginActionId();
  const answers = [
    await post("garbage--", { "content-type": "multipart/form-data; boundary=XYZ" }),
    await post("garbage--", { "content-type": "multipart/form-data; boundary=XYZ", "next-action": id }),
    await post("a".repeat(5 * 1024 * 1024), { "content-type": "text/plain;charset=UTF-8", "next-action": id }),
    await post("", { "content-type": "text/plain;charset=UTF-8", "next-action": id }),
    await post('[{"username":', { "content-type": "text/plain;charset=UTF-8", "next-action": id }),
  ];
  for (const res of answers) {
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(BODY_MESSAGES.malformed);
  }
});

it("answers the autosave's route as the proxy would: another site's page 403, a malformed or oversized body 400/413 in Chinese, signed out 401 with the result the editor reads", async () => {
  const url = `${base()}/reports/r1/content`;
  const save = (body: BodyInit, origin = new URL(base()).origin) => fetch(url, { method: "POST", body, headers: { "content-type": "application/json", origin } });
  const valid = JSON.stringify({ reportId: "r1", baseVersion: 1, content: {} });
  const foreign = await save(valid, "https://evil.example");
  expect(foreign.status).toBe(403);
  expect(await foreign.text()).toMatch(/请求来源无效/);
  // Not JSON, empty, an array, a body naming another report than the path.
  for (const body of ['{"reportId":', "", "[]", JSON.stringify({ reportId: "r2", baseVersion: 1, content: {} })]) {
    const res = await save(body);
    expect(res.status, body).toBe(400);
    expect(await res.text()).toBe(BODY_MESSAGES.malformed);
  }
  const big = await save("a".repeat(14 * 1024 * 1024));
  expect(big.status).toBe(413);
  expect(await big.text()).toBe(BODY_MESSAGES.tooLarge);
  const signedOut = await save(valid);
  expect(signedOut.status).toBe(401);
  expect(await signedOut.json()).toMatchObject({ ok: false, status: "unauthenticated" });
});

it("still signs in through the form in a browser without JavaScript", async () => {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${base()}/login`);
    await page.getByLabel("用户名").fill("drafter");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect((await page.context().cookies()).map((c) => c.name)).toContain("fazhi_session");
  } finally {
    await browser.close();
  }
});

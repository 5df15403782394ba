import { inject } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { draftReportSchema, type Report, type ReportInput } from "../../lib/report/schema";
import { createReport } from "../../lib/server/reports/create-report";
import { getReport } from "../../lib/server/reports/get-report";
import { saveReport } from "../../lib/server/reports/save-report";
import { hashPassword } from "../../lib/security/password";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";

/**
 * The editor's browser tests work in an organization of their own (涧西区,
 * under the demo city) with its own drafter, so the years they create never
 * change what other browser tests see of 老城区 (its newest year, its lists).
 */
export const ORGANIZATION = "洛阳市涧西区人民政府";
export const DRAFTER = "jianxi-drafter";

export async function seedEditorOrganization(): Promise<string> {
  const db = createDb(inject("databaseUrl"));
  try {
    const city = await db.organization.findUniqueOrThrow({ where: { name: "洛阳市人民政府" } });
    const org = await db.organization.upsert({
      where: { name: ORGANIZATION },
      update: {},
      create: { name: ORGANIZATION, shortName: "涧西区", parentId: city.id },
    });
    await db.user.upsert({
      where: { username: DRAFTER },
      update: {},
      create: { username: DRAFTER, displayName: "涧西区起草人", role: "drafter", organizationId: org.id, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    return org.id;
  } finally {
    await db.disconnect();
  }
}

/** A new report of the test organization for `year`, made as the home page's form makes it. */
export async function newReport(year: number): Promise<string> {
  const organizationId = await seedEditorOrganization();
  const db = createDb(inject("databaseUrl"));
  try {
    const created = await createReport(db, null, { organizationId, year });
    if (!created.ok) throw new Error(`the ${year} report of ${ORGANIZATION} exists already`);
    return created.reportId;
  } finally {
    await db.disconnect();
  }
}

/** Puts content into a report as a save would, so the editor opens on it. */
export async function putContent(reportId: string, content: ReportInput): Promise<void> {
  const db = createDb(inject("databaseUrl"));
  try {
    const stored = await getReport(db, reportId);
    if (!stored) throw new Error("missing report");
    const result = await saveReport(db, null, { reportId, baseVersion: stored.version, content: draftReportSchema.parse(content) });
    if (!result.ok) throw new Error(result.status);
  } finally {
    await db.disconnect();
  }
}

/** The report as the database holds it now. */
export async function storedContent(reportId: string): Promise<Report> {
  const db = createDb(inject("databaseUrl"));
  try {
    const stored = await getReport(db, reportId);
    if (!stored) throw new Error("missing report");
    return stored.report;
  } finally {
    await db.disconnect();
  }
}

export { partOf } from "../../lib/report/test-parts";

export async function signIn(context: BrowserContext, username = DRAFTER): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${inject("baseURL")}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.close();
}

/** The reviewer of 涧西区, for the tests where a second person comments on the drafter's report. */
export const REVIEWER = "jianxi-reviewer";

export async function seedReviewer(): Promise<void> {
  const organizationId = await seedEditorOrganization();
  const db = createDb(inject("databaseUrl"));
  try {
    await db.user.upsert({
      where: { username: REVIEWER },
      update: {},
      create: { username: REVIEWER, displayName: "涧西区审核人", role: "reviewer", organizationId, passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
  } finally {
    await db.disconnect();
  }
}

/** A person in a browser context of their own (cookies apart), signed in, with a page open. */
export async function person(browser: Browser, username?: string): Promise<Page> {
  const context = await browser.newContext();
  await signIn(context, username);
  return context.newPage();
}

/** A browser signed in as `username` with the editor open on the report: the setup of most editor tests. */
export async function editorSession(reportId: string, username = DRAFTER): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  await signIn(context, username);
  const page = await context.newPage();
  await openEditor(page, reportId);
  return { browser, page };
}

/** The editor is ready once hydrated: the page sets this flag in its first effect. */
export async function openEditor(page: Page, reportId: string): Promise<void> {
  await page.goto(`${inject("baseURL")}/reports/${reportId}/edit`);
  await page.locator("html[data-editor-ready='true']").waitFor();
}

export function saveStatus(page: Page): Locator {
  return page.getByRole("status", { name: "保存状态" });
}

/** Waits until the server has confirmed every change ("已保存 hh:mm"). */
export async function waitSaved(page: Page): Promise<void> {
  await saveStatus(page).filter({ hasText: /^已保存 \d\d:\d\d$/ }).waitFor();
}

/** Opens an entry of the outline by its label as shown (a part by its printed heading, "导语", "数据：信访"…). */
export async function part(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name }).click();
}

export function reportIdFromUrl(page: Page): string {
  const match = /\/reports\/([^/]+)\/edit/.exec(page.url());
  if (!match?.[1]) throw new Error(`not an editor URL: ${page.url()}`);
  return match[1];
}

/**
 * Replaces what a prose field (a TipTap editor) holds with `text`, typed as
 * a person types: the field is focused, everything selected, and each line
 * entered with Enter between lines (a new paragraph). `{{id}}` in `text` is
 * typed as it stands; use the picker to insert a token.
 */
export async function typeProse(field: Locator, text: string): Promise<void> {
  await field.click();
  const page = field.page();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    if (line !== "") await page.keyboard.insertText(line);
  }
}

/** What a prose field shows: one line a paragraph, each figure token as it reads ([行政诉讼案件 77]). */
export async function proseText(field: Locator): Promise<string> {
  return field.evaluate((el) => Array.from(el.children, (p) => p.textContent ?? "").join("\n"));
}

const isProse = (field: Locator) => field.evaluate((el) => el instanceof HTMLElement && el.isContentEditable);

/** Fills a form field as a person would: a prose field by typing into it, an input by filling it. */
export async function fillField(field: Locator, text: string): Promise<void> {
  if (await isProse(field)) await typeProse(field, text);
  else await field.fill(text);
}

/** What a field shows: a prose field's text (tokens as they read), an input's value. */
export async function fieldValue(field: Locator): Promise<string> {
  return (await isProse(field)) ? proseText(field) : field.inputValue();
}

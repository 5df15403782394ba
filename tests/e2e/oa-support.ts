import { inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb } from "../../lib/db/client";
import { hashPassword } from "../../lib/security/password";
import { readContent, writeContent } from "../../lib/server/reports/content";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";
import { seedDemo } from "../../prisma/seed/demo";
import { logInAs } from "../support/log-in";

/**
 * The 待办 and workflow browser tests work in a district of their own (瀍河区,
 * under the demo city) with its own drafter and reviewer, so what waits for
 * them is only what these tests put there; the city's 上级审阅 is the demo's.
 */
export const DISTRICT = "洛阳市瀍河回族区人民政府";
export const PEOPLE = { drafter: "chanhe-drafter", reviewer: "chanhe-reviewer", city: "city" } as const;

/** A report of the district for `year`, in 草稿, holding the Laocheng text (complete, so 提交审核 passes). */
export async function districtReport(year: number): Promise<string> {
  const db = createDb(inject("databaseUrl"));
  try {
    const { cityId, reportId } = await seedDemo(db);
    const org = await db.organization.upsert({ where: { name: DISTRICT }, update: {}, create: { name: DISTRICT, shortName: "瀍河区", parentId: cityId } });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [role, username] of [["drafter", PEOPLE.drafter], ["reviewer", PEOPLE.reviewer]] as const) {
      await db.user.upsert({ where: { username }, update: {}, create: { username, displayName: `瀍河区${role === "drafter" ? "起草人" : "审核人"}`, role, organizationId: org.id, passwordHash } });
    }
    const base = readContent((await db.report.findUniqueOrThrow({ where: { id: reportId } })).content).report;
    const content = writeContent({ ...base, header: { ...base.header, year, date: `${year + 1}-02-24`, publication: { ...base.header.publication, indexNumber: "", publishedOn: "" } } });
    await db.report.deleteMany({ where: { organizationId: org.id, year } });
    const row = await db.report.create({ data: { organizationId: org.id, year, content, revisions: { create: { version: 1, content } } } });
    return row.id;
  } finally {
    await db.disconnect();
  }
}

/** Each person in their own browser context: their own cookies, as on separate machines. */
export async function person(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // A step that does not come fails naming what it waited for, not as the whole test's timeout.
  page.setDefaultTimeout(20_000);
  await logInAs(page, inject("baseURL"), username);
  return page;
}

export const url = (path: string) => `${inject("baseURL")}${path}`;
export const statusIs = (page: Page, label: string) => page.getByRole("heading", { level: 1 }).getByText(label, { exact: true }).waitFor();
export const workflow = (page: Page) => page.getByRole("region", { name: "审核流程" });
export const press = (page: Page, name: string) => workflow(page).getByRole("button", { name, exact: true }).click();

/** The header's 待办 count, as the badge's label says it ("待办 2 项"). */
export async function todoCount(page: Page): Promise<number> {
  const label = (await page.getByRole("banner").getByRole("link", { name: /^待办 \d+ 项$/ }).getAttribute("aria-label")) ?? "";
  return Number(/\d+/.exec(label)?.[0] ?? NaN);
}

/** The rows of the home page's 待办, as "事项 报告 操作". */
export async function todoRows(page: Page): Promise<string[]> {
  await page.goto(url("/"));
  const rows = page.getByRole("region", { name: "待办" }).getByRole("row");
  const texts = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll("td")].filter((_, i) => i !== 2).map((td) => td.textContent?.trim()).join(" ")));
  return texts;
}

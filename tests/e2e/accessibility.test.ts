import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { AxeResults } from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { createDb } from "../../lib/db/client";
import { readContent, writeContent } from "../../lib/server/reports/content";
import { newReport, putContent, seedEditorOrganization, signIn } from "./editor-support";

/**
 * axe-core on every page a person meets, as each role meets it: no serious
 * or critical violation (contrast, names of controls, landmarks, labels…).
 * axe is injected into the page by the test; the contexts bypass the app's
 * Content-Security-Policy for that script alone.
 */
const AXE = readFileSync(join(process.cwd(), "node_modules/axe-core/axe.min.js"), "utf8");
const url = (path: string) => `${inject("baseURL")}${path}`;

let browser: Browser;
const contexts: Record<string, BrowserContext> = {};
const ids = { editorReport: "", districtId: "", jianxiId: "", drafterId: "", laochengReport: "" };

beforeAll(async () => {
  browser = await launchBrowser();
  ids.jianxiId = await seedEditorOrganization();
  ids.editorReport = await newReport(2062);
  const db = createDb(inject("databaseUrl"));
  try {
    const district = await db.organization.findUniqueOrThrow({ where: { name: "洛阳市老城区人民政府" } });
    ids.districtId = district.id;
    ids.drafterId = (await db.user.findUniqueOrThrow({ where: { username: "drafter" } })).id;
    ids.laochengReport = (await db.report.findUniqueOrThrow({ where: { organizationId_year: { organizationId: district.id, year: 2020 } } })).id;
    // A published year of 涧西区 for the public pages, as 公开发布 leaves it.
    const base = readContent((await db.report.findUniqueOrThrow({ where: { id: ids.laochengReport } })).content).report;
    const header = { ...base.header, year: 2063, organizationName: "洛阳市涧西区人民政府", organizationShortName: "涧西区", publication: { indexNumber: "11410305MB0000000X/2064-00001", disclosure: "主动公开", publishedOn: "2064-03-15" } };
    const content = writeContent({ ...base, header });
    // The editor on a full report, so its outline shows the green 已完成 badges beside 已保存.
    await putContent(ids.editorReport, { ...base, header: { ...base.header, year: 2062, organizationName: "洛阳市涧西区人民政府" } });
    // A handled comment on the report page, shown receded.
    const reviewer = await db.user.findUniqueOrThrow({ where: { username: "reviewer" } });
    await db.comment.create({ data: { reportId: ids.laochengReport, path: "preamble", body: "导语已按意见修改（无障碍测试）", authorId: reviewer.id, resolvedAt: new Date() } });
    await db.report.create({ data: { organizationId: ids.jianxiId, year: 2063, status: "published", publishedAt: new Date("2064-03-14T16:00:00Z"), content, revisions: { create: { version: 1, content } } } });
  } finally {
    await db.disconnect();
  }
  for (const who of ["anonymous", "drafter", "city", "admin", "jianxi-drafter"]) {
    contexts[who] = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 768 } });
    if (who !== "anonymous") await signIn(contexts[who], who);
  }
});
afterAll(async () => {
  await browser?.close();
});

/** The serious and critical violations on the page as it stands, one line each with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate<AxeResults>("axe.run(document, { resultTypes: ['violations'] })");
  // axe ran its rules on this page (a page it could not read would pass nothing).
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary ?? ""}`));
}

const PAGES: { name: string; who: string; path: () => string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: "登录", who: "anonymous", path: () => "/login" },
  { name: "首页", who: "drafter", path: () => "/" },
  { name: "编辑器", who: "jianxi-drafter", path: () => `/reports/${ids.editorReport}/edit`, ready: async (p) => {
      await p.locator("html[data-editor-ready='true']").waitFor();
      await p.locator(".badge.complete").first().waitFor();
      await p.locator(".save.saved").waitFor();
    },
  },
  { name: "报告页", who: "drafter", path: () => `/reports/${ids.laochengReport}`, ready: (p) => p.locator("li.resolved").first().waitFor() },
  { name: "下级单位总览", who: "city", path: () => "/overview?year=2020" },
  { name: "搜索", who: "drafter", path: () => "/search?q=信访" },
  { name: "历年报告", who: "drafter", path: () => `/organizations/${ids.districtId}` },
  { name: "年度对比", who: "drafter", path: () => `/organizations/${ids.districtId}/compare` },
  { name: "系统管理", who: "admin", path: () => "/admin" },
  { name: "审计日志", who: "admin", path: () => "/admin/audit" },
  { name: "编辑账号", who: "admin", path: () => `/admin/users/${ids.drafterId}` },
  { name: "编辑单位", who: "admin", path: () => `/admin/organizations/${ids.districtId}` },
  { name: "自定义数据项", who: "admin", path: () => "/admin/figures" },
  { name: "报告事项清单", who: "admin", path: () => "/admin/checklist" },
  { name: "字体", who: "admin", path: () => "/fonts" },
  { name: "我的账号", who: "drafter", path: () => "/account" },
  { name: "公开页（单位）", who: "anonymous", path: () => `/gongkai/${ids.jianxiId}` },
  { name: "公开页（报告）", who: "anonymous", path: () => `/gongkai/${ids.jianxiId}/2063` },
  { name: "页面不存在（404）", who: "drafter", path: () => "/no-such-page" },
  { name: "无权访问（403）", who: "drafter", path: () => "/admin" },
];

describe.each(PAGES)("$name", ({ who, path, ready }) => {
  it("has no serious or critical axe-core violation", async () => {
    const context = contexts[who];
    if (!context) throw new Error(`no context for ${who}`);
    const page = await context.newPage();
    const response = await page.goto(url(path()));
    expect(response?.status()).toBeLessThan(500);
    await ready?.(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

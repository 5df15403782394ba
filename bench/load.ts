import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { request } from "node:http";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { createDb } from "@/lib/db/client";
import { storedColumns, writeDerived } from "@/lib/db/stored-report";
import { finalReportSchema } from "@/lib/report/schema";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { launchBrowser } from "@/tests/support/browser";
import { buildApp, startAppServer } from "@/tests/support/app-server";
import { migrate } from "@/tests/support/test-db";
import { laochengReport } from "./laocheng";
import { mb, median } from "./measure";

/**
 * `npm run bench -- load` (issue #20): a production build on SQLite over
 * loopback. 50 concurrent PDF exports of 50 different reports while the home
 * page is viewed again and again; then the same 50 again (from the cache);
 * then bursts of 20 concurrent autosaves of 20 reports (a save captured
 * from the editor, replayed; the first burst is shown apart). Prints
 * errors, latencies, the server's peak memory.
 * Bounded in time: a phase that outlasts DEADLINE_MS fails.
 */
const TARGETS = { exportErrors: 0, rssBytes: 1024 ** 3, homeP95Ms: 500, autosaveP95Ms: 200 };
const EXPORTS = 50;
const AUTOSAVES = 20;
const SAVE_BURSTS = 5;
const DEADLINE_MS = 180_000;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;

/** The largest resident set among the server's processes (npx and next-server), sampled until stopped. */
function watchMemory(pgid: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    try {
      const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
      peak = Math.max(peak, ...out.split("\n").filter(Boolean).map((kb) => Number(kb) * 1024));
    } catch {
      // The group is gone: the server has stopped.
    }
  };
  const timer = setInterval(sample, 100);
  return { stop: () => (clearInterval(timer), sample(), peak) };
}

/**
 * One request on a connection of its own, timed to its last byte. Not fetch:
 * its kept-alive connections race the server closing idle ones (a request
 * sent on a socket the server is closing is reset), which a browser retries
 * without telling anyone, and the bench must not.
 */
function timedFetch(url: string, cookie: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const req = request(url, { method: init.method ?? "GET", agent: false, timeout: DEADLINE_MS, headers: { ...init.headers, cookie, ...(body ? { "content-length": String(body.length) } : {}) } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => done({ ms: performance.now() - start, status: res.statusCode ?? 0, bytes }));
      res.on("error", fail);
    });
    req.on("timeout", () => req.destroy(new Error(`${url}: no answer within ${DEADLINE_MS} ms`)));
    req.on("error", fail);
    req.end(body);
  });
}

/** Signs in as a person does and opens the editor; returns the session cookie and one autosave request as the browser sent it. */
async function signInAndCaptureSave(page: Page, baseURL: string, reportId: string): Promise<{ cookie: string; save: { headers: Record<string, string>; body: string } }> {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("用户名").fill("drafter");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`${baseURL}/reports/${reportId}/edit`);
  await page.locator("html[data-editor-ready='true']").waitFor();
  const request = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(`/reports/${reportId}/content`));
  await page.getByRole("navigation", { name: "报告大纲" }).getByRole("button", { name: /^三、/ }).click();
  await page.getByLabel("（九）正文", { exact: true }).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("。");
  await page.keyboard.press("Control+s");
  const sent = await request;
  const cookies = await page.context().cookies();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), save: { headers: await sent.allHeaders(), body: sent.postData() ?? "" } };
}

export async function benchLoad(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== "1" && process.env.E2E_SKIP_BUILD !== "1") buildApp();
  const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-load-"));
  const databaseUrl = `file:${join(dir, "bench.db")}`;
  migrate(databaseUrl);
  const db = createDb(databaseUrl);
  const { reportId, districtId } = await seedDemo(db);
  // 50 more reports of 老城区 (years 1960–2009), each with a sentence of its own: 50 different PDFs.
  const ids: string[] = [];
  for (let i = 0; i < EXPORTS; i++) {
    const report = laochengReport();
    const item = report.parts.find((p) => p.kind === "measures");
    if (item?.kind === "measures" && item.items[0]) item.items[0].body += `（第${i + 1}份）`;
    const parsed = finalReportSchema.parse(report);
    const content = JSON.stringify(parsed);
    const row = await db.transaction(async (tx) => {
      const created = await tx.report.create({ data: { organizationId: districtId, year: 1960 + i, content, ...storedColumns(parsed), revisions: { create: { version: 1, content } } } });
      await writeDerived(tx, created.id, parsed);
      return created;
    });
    ids.push(row.id);
  }
  await db.disconnect();

  const server = await startAppServer(databaseUrl);
  try {
    // The browser only signs in and captures a save: closed before the load, so that its editor page's work is not on these 2 cores.
    const browser = await launchBrowser();
    const { cookie, save } = await signInAndCaptureSave(await browser.newPage(), server.baseURL, reportId).finally(() => browser.close());
    const memory = watchMemory(server.pid);
    // The first export starts the export worker: a server's first download, not part of the load.
    await timedFetch(`${server.baseURL}/reports/${reportId}/pdf`, cookie);
    // The same views on the idle server first: what "fast" is on this machine today.
    const idleHomes: number[] = [];
    for (let i = 0; i < 10; i++) idleHomes.push((await timedFetch(`${server.baseURL}/`, cookie)).ms);

    let exporting = true;
    const homes: number[] = [];
    const homeErrors: number[] = [];
    const viewing = (async () => {
      while (exporting) {
        const r = await timedFetch(`${server.baseURL}/`, cookie);
        if (r.status === 200) homes.push(r.ms);
        else homeErrors.push(r.status);
      }
    })();
    const started = performance.now();
    const exports = await Promise.all(ids.map((id) => timedFetch(`${server.baseURL}/reports/${id}/pdf`, cookie)));
    const wall = performance.now() - started;
    exporting = false;
    await viewing;
    const again = await Promise.all(ids.map((id) => timedFetch(`${server.baseURL}/reports/${id}/pdf`, cookie)));

    const saveTargets = ids.slice(0, AUTOSAVES);
    // Each burst saves every report once more: the version each starts from goes up by one.
    const versions = new Map(ids.map((id) => [id, 1]));
    const replay = (id: string) => ({
      method: "POST",
      headers: Object.fromEntries(Object.entries(save.headers).filter(([k]) => !["cookie", "content-length", "host"].includes(k))),
      body: save.body.replaceAll(reportId, id).replace(/"baseVersion":\d+/, `"baseVersion":${versions.get(id)}`),
    });
    const saveOnce = async (id: string) => {
      const r = await timedFetch(`${server.baseURL}/reports/${id}/content`, cookie, replay(id));
      versions.set(id, (versions.get(id) ?? 1) + 1);
      return r;
    };
    const burst = () => Promise.all(saveTargets.map(saveOnce));
    // One save alone first, to a report outside the 20.
    const lone = await saveOnce(ids[EXPORTS - 1] ?? "");
    // The first burst meets a save path the process has run twice (V8 has not optimised it yet): shown, not
    // judged, as the scale benchmark leaves out its warm-up runs. Then the bursts of a server in use.
    const firstBurst = await burst();
    const saves: { ms: number; status: number }[] = [];
    for (let i = 0; i < SAVE_BURSTS; i++) saves.push(...(await burst()));
    const peak = memory.stop();
    const check = createDb(databaseUrl);
    const saved = await check.report.count({ where: { id: { in: saveTargets }, version: 2 + SAVE_BURSTS } });
    await check.disconnect();

    const errors = exports.filter((e) => e.status !== 200 || e.bytes < 10_000).length;
    const times = exports.map((e) => e.ms);
    const mark = (ok: boolean) => (ok ? "✓" : "✗");
    console.log(`\nLoad (production build, SQLite, loopback; ${EXPORTS} different reports; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`);
    console.log(`  home page, idle server          p50 ${median(idleHomes).toFixed(0)} ms, p95 ${percentile(idleHomes, 95).toFixed(0)} ms (10 views, for comparison)`);
    console.log(`  ${EXPORTS} concurrent PDF exports   ${errors} errors (target ${TARGETS.exportErrors}) ${mark(errors === TARGETS.exportErrors)}; all done in ${(wall / 1000).toFixed(1)} s; p50 ${(median(times) / 1000).toFixed(1)} s, p95 ${(percentile(times, 95) / 1000).toFixed(1)} s (they queue)`);
    console.log(`  the same ${EXPORTS} again (cache)     p50 ${median(again.map((e) => e.ms)).toFixed(0)} ms, p95 ${percentile(again.map((e) => e.ms), 95).toFixed(0)} ms; ${again.filter((e) => e.status !== 200).length} errors`);
    console.log(`  home page during the exports  ${homes.length} views, p50 ${median(homes).toFixed(0)} ms, p95 ${percentile(homes, 95).toFixed(0)} ms (target < ${TARGETS.homeP95Ms} ms) ${mark(percentile(homes, 95) < TARGETS.homeP95Ms && homeErrors.length === 0)}${homeErrors.length ? `; ${homeErrors.length} errors` : ""}`);
    const saveP95 = percentile(saves.map((s) => s.ms), 95);
    const saveErrors = [...firstBurst, ...saves].filter((s) => s.status !== 200).length;
    console.log(`  ${AUTOSAVES} concurrent autosaves      first burst p50 ${median(firstBurst.map((s) => s.ms)).toFixed(0)} ms, p95 ${percentile(firstBurst.map((s) => s.ms), 95).toFixed(0)} ms (the save path not yet optimised by V8; one alone before it ${lone.ms.toFixed(0)} ms)`);
    console.log(`    then ${SAVE_BURSTS} bursts of ${AUTOSAVES}         p50 ${median(saves.map((s) => s.ms)).toFixed(0)} ms, p95 ${saveP95.toFixed(0)} ms (target < ${TARGETS.autosaveP95Ms} ms) ${mark(saveP95 < TARGETS.autosaveP95Ms && saveErrors === 0)}; ${saveErrors} errors; ${saved} of ${AUTOSAVES} reports at the last version`);
    console.log(`  server peak RSS               ${mb(peak)} (target < ${mb(TARGETS.rssBytes)}) ${mark(peak < TARGETS.rssBytes)}`);
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

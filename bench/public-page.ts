import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed/demo";
import { buildApp, startAppServer } from "@/tests/support/app-server";
import { migrate } from "@/tests/support/test-db";
import { median } from "./measure";

/**
 * The public page (/gongkai/<organization>/<year>) of the published Laocheng
 * 2020 report in a production build (`next start`) on a fresh SQLite
 * database: the first request (rendered, then cached by report id and
 * version), then, after 20 warm-up requests, 200 requests, each timed from
 * request to the last byte, one at a time. Every request still asks the
 * database whether the report is published (a retracted report must vanish
 * at once); only the rendering is cached.
 * Set BENCH_SKIP_BUILD=1 (or E2E_SKIP_BUILD=1) to reuse the last build.
 */
const TARGET_P95_MS = 50;
const REQUESTS = 200;
/** Requests after the first and before the timed ones: V8 compiles the route's hot code in these. */
const WARM_UP = 20;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - start;
}

export interface PublicPageBenchResult {
  firstMs: number;
  medianMs: number;
  p95Ms: number;
}

export async function benchPublicPage(): Promise<PublicPageBenchResult> {
  if (process.env.BENCH_SKIP_BUILD !== "1" && process.env.E2E_SKIP_BUILD !== "1") buildApp();
  const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-public-"));
  const databaseUrl = `file:${join(dir, "bench.db")}`;
  migrate(databaseUrl);
  const db = createDb(databaseUrl);
  const { reportId, districtId } = await seedDemo(db);
  // Published as the workflow leaves it (the 索引号 and 发布日期 of the Laocheng report are entered already).
  await db.report.update({ where: { id: reportId }, data: { status: "published", publishedAt: new Date("2021-02-24T16:00:00Z") } });
  await db.disconnect();

  const server = await startAppServer(databaseUrl);
  try {
    const url = `${server.baseURL}/gongkai/${districtId}/2020`;
    const firstMs = await timed(url);
    for (let i = 0; i < WARM_UP; i++) await timed(url);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await timed(url));
    const result = { firstMs, medianMs: median(times), p95Ms: percentile(times, 95) };
    const mark = result.p95Ms < TARGET_P95_MS ? "✓" : "✗";
    console.log("\nPublic page (Laocheng 2020, /gongkai, production build, SQLite, no login)");
    console.log(`  first request (rendered)   ${result.firstMs.toFixed(1)} ms`);
    console.log(`  cached                     median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms of ${REQUESTS} (target p95 < ${TARGET_P95_MS} ms) ${mark}`);
    return result;
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("bench/public-page.ts")) await benchPublicPage();

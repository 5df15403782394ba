import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createDb, type Db } from "../lib/db/client";
import { rollUp } from "../lib/db/roll-up";
import { seedDemo } from "../prisma/seed/demo";
import { launchBrowser } from "../tests/support/browser";
import { logInAs } from "../tests/support/log-in";
import { startAppServer } from "../tests/support/app-server";
import { migrate, POSTGRES_ADMIN_URL } from "../tests/support/test-db";
import { seedScale, YEARS } from "./scale-seed";
import { spawnSync } from "node:child_process";
import { percentile } from "./scale-stats";
import type { HistoryYear } from "./scale-writes";

const RUNS = 30;
const WARM_UP = 3;
/** Saves are timed more often than pages: they take milliseconds, and the p95 of 30 was that of the slowest two. */
const SAVE_RUNS = 100;
const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function time(run: () => Promise<void>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

/** What else the machine was doing: the 1-, 5- and 15-minute load averages (as `uptime` prints them). */
const loadAverage = () => loadavg().map((n) => n.toFixed(2)).join(", ");

interface Engine {
  name: string;
  url: string;
  size(): Promise<number>;
  drop(): Promise<void>;
}

async function postgresEngine(): Promise<Engine> {
  const name = `fazhi_bench_${process.pid}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name: "PostgreSQL",
    url: url.toString(),
    size: async () => Number((await admin.query<{ n: string }>(`select pg_database_size('${name}') as n`)).rows[0]?.n ?? 0),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function sqliteEngine(): Engine {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-"));
  const file = join(dir, "bench.db");
  return {
    name: "SQLite",
    url: `file:${file}`,
    size: async () => [file, `${file}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs bench/scale-writes.ts (the server's own save operation) in a child process; see there. */
function writes<T>(url: string, ...args: (string | number)[]): T {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/scale-writes.ts", url, ...args.map(String)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) throw new Error(`bench/scale-writes.ts ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(line) as T;
}

interface Options {
  reports: number;
  /** Working days of the simulated year of autosaves (30 saves a day); 0 skips it. */
  historyDays: number;
}

async function benchEngine(engine: Engine, { reports, historyDays }: Options): Promise<void> {
  migrate(engine.url);
  const db: Db = createDb(engine.url);
  const { cityId } = await seedDemo(db);
  const units = Math.ceil(reports / YEARS);
  const seedStart = performance.now();
  const unitIds = await seedScale(db, cityId, units, (n) => n % 2000 === 0 && console.log(`  ${engine.name}: ${n} reports seeded`));
  console.log(`  ${engine.name}: ${units * YEARS} reports seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s (load: ${loadAverage()})`);
  const unit = unitIds[Math.floor(unitIds.length / 2)] ?? "";

  const server = await startAppServer(engine.url);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await logInAs(page, server.baseURL, "city");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const get = (path: string) => async () => {
      const res = await fetch(server.baseURL + path, { headers: { cookie }, redirect: "manual" });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      if (body.length < 200) throw new Error(`${path}: empty page`);
    };
    const pages: [string, () => Promise<void>][] = [
      ["home /", get("/")],
      ["overview", get("/overview?year=2020")],
      ["a unit's years", get(`/organizations/${unit}`)],
      ["comparison", get(`/organizations/${unit}/compare?from=2011&to=2020`)],
      ["search 行政复议 (hit)", get(`/search?q=${encodeURIComponent("行政复议")}`)],
      ["search 量子纠缠态 (no hit)", get(`/search?q=${encodeURIComponent("量子纠缠态")}`)],
      ["search 信访 (2 characters)", get(`/search?q=${encodeURIComponent("信访")}`)],
      ["roll-up (SQL)", async () => void (await rollUp(db, cityId, "reconsiderationLitigation.lawsuits", 2020))],
    ];
    console.log(`\n${engine.name}, ${units * YEARS} reports (${units} units × ${YEARS} years), database ${MB(await engine.size())} MB, load average ${loadAverage()}`);
    console.log("| page | p50 ms | p95 ms |\n| --- | --- | --- |");
    for (const [name, run] of pages) {
      const t = await time(run);
      console.log(`| ${name} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} |`);
    }
    const save = writes<{ p50: number; p95: number }>(engine.url, "saves", `bench_${Math.floor(units / 2)}_2020`, SAVE_RUNS);
    console.log(`| save (in process: content, columns, figure rows, index, revision, audit in one transaction) | ${save.p50.toFixed(1)} | ${save.p95.toFixed(1)} |`);
    if (historyDays > 0) {
      const year = writes<HistoryYear>(engine.url, "year", `bench_${Math.floor(units / 2) + 1}_2020`, historyDays, 30);
      console.log(
        `\nA year of autosaves on one report (${historyDays} days × 30 saves, one minute apart): ${year.saves} saves kept as ${year.revisions} revisions, ` +
          `${MB(year.storedBytes)} MB of content; one revision per save would hold ${MB(year.perSaveBytes)} MB. Database now ${MB(await engine.size())} MB.`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
    await db.disconnect();
  }
}

/**
 * `npm run bench -- scale [--reports N] [--only sqlite|postgres] [--history-days D]`: a city
 * with N/20 districts × 20 years (10,000 reports by default) on each
 * database, timed over HTTP on the production build (`npm run build`
 * first) as the city's 上级审阅; the roll-up is timed as its SQL query,
 * a save as the operation. Then a year of autosaves on one report shows
 * how much its history keeps. 100,000 reports: `--reports 100000 --only postgres`.
 */
export async function benchScale(args: readonly string[]): Promise<void> {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const reports = Number(flag("--reports") ?? 10_000);
  const historyDays = Number(flag("--history-days") ?? 200);
  const only = flag("--only");
  if (!Number.isInteger(reports) || reports < YEARS) throw new Error(`--reports: a whole number of at least ${YEARS}`);
  for (const make of [sqliteEngine, postgresEngine]) {
    const engine = await make();
    try {
      if (!only || engine.name.toLowerCase().startsWith(only)) await benchEngine(engine, { reports, historyDays });
    } finally {
      await engine.drop();
    }
  }
}

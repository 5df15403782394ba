import { createDb, type Db } from "../lib/db/client";
import type { Actor } from "../lib/access/roles";
import { isRole } from "../lib/access/roles";
import { readContent } from "../lib/server/reports/content";
import { saveReport } from "../lib/server/reports/save-report";

import { percentile } from "./scale-stats";

/*
 * The write side of the scale benchmark, run as a child process of
 * bench/scale.ts with `--conditions=react-server`: the operations it times
 * are the server's own (lib/server, marked server-only), which load only
 * under that condition, as in the server build.
 *
 *   node --conditions=react-server --import tsx bench/scale-writes.ts <url> saves <reportId> <runs>
 *   node --conditions=react-server --import tsx bench/scale-writes.ts <url> year <reportId> <days> <perDay>
 *
 * prints one line of JSON.
 */

async function drafter(db: Db): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username: "drafter" } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

/**
 * A save as the editor's autosave makes it (saveReport: the version check,
 * the content, the list columns, the figure rows, the search index, the
 * revision and the audit line in one transaction), on a report of the
 * seeded database, each save a changed text so the index is rewritten.
 * Timed in process: the server action around it adds the request only.
 */
export async function timeSaves(db: Db, reportId: string, runs: number): Promise<{ p50: number; p95: number }> {
  const who = await drafter(db);
  const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  const report = readContent(row.content).report;
  let version = row.version;
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const saved = await saveReport(db, who, { reportId, baseVersion: version, content: { ...report, preamble: `${report.preamble}（第${i + 1}次修改）` } });
    const elapsed = performance.now() - start;
    if (!saved.ok) throw new Error(saved.message);
    version = saved.version;
    if (i >= 3) ms.push(elapsed);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

export interface HistoryYear {
  saves: number;
  revisions: number;
  /** Bytes of revision content stored now, and what one revision per save (the history before folding) held. */
  storedBytes: number;
  perSaveBytes: number;
}

/**
 * A year of autosaves on one report: `days` working days, `perDay` saves a
 * day one minute apart by the same person (a save after every pause in
 * typing), the text growing by a sentence a save. The clock is simulated
 * (saveReport's `at`); the saves are real.
 */
export async function simulateYear(db: Db, reportId: string, days: number, perDay: number): Promise<HistoryYear> {
  const who = await drafter(db);
  const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
  const report = readContent(row.content).report;
  await db.revision.deleteMany({ where: { reportId } });
  let version = row.version;
  let perSaveBytes = 0;
  let preamble = report.preamble;
  const start = Date.UTC(2021, 0, 4, 1, 0);
  for (let d = 0; d < days; d++) {
    for (let s = 0; s < perDay; s++) {
      preamble = `${report.preamble}第${d + 1}天第${s + 1}次修改。`;
      const at = new Date(start + d * 86_400_000 + s * 60_000);
      const saved = await saveReport(db, who, { reportId, baseVersion: version, content: { ...report, preamble } }, at);
      if (!saved.ok) throw new Error(saved.message);
      version = saved.version;
      const stored = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { content: true } });
      perSaveBytes += Buffer.byteLength(stored.content);
    }
  }
  const kept = await db.revision.findMany({ where: { reportId }, select: { content: true } });
  return { saves: days * perDay, revisions: kept.length, storedBytes: kept.reduce((n, r) => n + Buffer.byteLength(r.content), 0), perSaveBytes };
}

const [url, mode, reportId, a, b] = process.argv.slice(2);
if (url && reportId) {
  const db = createDb(url);
  try {
    const result = mode === "saves" ? await timeSaves(db, reportId, Number(a)) : await simulateYear(db, reportId, Number(a), Number(b));
    console.log(JSON.stringify(result));
  } finally {
    await db.disconnect();
  }
}

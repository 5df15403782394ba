import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { saveReport } from "@/lib/server/reports/save-report";
import { readContent } from "@/lib/server/reports/content";
import { seedDemo } from "../../prisma/seed/demo";
import { describeEachDatabase } from "../../tests/support/each-database";
import { postgresTestDatabase } from "../../tests/support/test-db";
import { createDb } from "./client";

const dir = mkdtempSync(join(tmpdir(), "fazhi-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run report -- <args>` against the database `url`, as a person at the console runs it. */
function cli(url: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/report.ts", ...args], { env: { ...process.env, DATABASE_URL: url } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

const preamble = (version: number) => `第${version}次保存的导语。`;

describeEachDatabase("backup under concurrent saves, restored into a fresh database", (source) => {
  let target: { url: string; drop(): Promise<void> } | undefined;
  afterAll(async () => target?.drop());

  it("holds every save acknowledged before the backup started, and a consistent report", { timeout: 180_000 }, async () => {
    const { db, url } = source();
    const { reportId } = await seedDemo(db);
    const row = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    const report = readContent(row.content).report;

    // Saves one version after another, each acknowledged before the next, until told to stop.
    let acknowledged = row.version;
    let stop = false;
    let warmedUp: () => void = () => undefined;
    const threeSaved = new Promise<void>((resolve) => (warmedUp = resolve));
    const saving = (async () => {
      while (!stop) {
        const saved = await saveReport(db, null, { reportId, baseVersion: acknowledged, content: { ...report, preamble: preamble(acknowledged + 1) } });
        if (!saved.ok) throw new Error(saved.message);
        acknowledged = saved.version;
        if (acknowledged >= row.version + 3) warmedUp();
        // SQLite's driver answers synchronously: without this turn of the event loop the
        // loop would never let the backup's child process report that it ended.
        await new Promise(setImmediate);
      }
    })();
    await threeSaved;

    const file = join(dir, `backup-${url.startsWith("file:") ? "sqlite.db" : "postgres.dump"}`);
    const ackedBeforeBackup = acknowledged;
    const backup = await cli(url, "backup", file);
    const savedDuringBackup = acknowledged - ackedBeforeBackup;
    stop = true;
    await saving;
    expect(backup, backup.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining("已备份到") });
    // The saves went on while the backup ran: it was taken under load.
    expect(savedDuringBackup).toBeGreaterThan(0);

    target = url.startsWith("file:") ? await freshSqlite() : await postgresTestDatabase();
    const restore = await cli(target.url, "restore", file);
    expect(restore, restore.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining("已从") });

    const restored = createDb(target.url);
    try {
      const back = await restored.report.findUniqueOrThrow({ where: { id: reportId } });
      expect(back.version).toBeGreaterThanOrEqual(ackedBeforeBackup);
      const revisions = await restored.revision.findMany({ where: { reportId }, orderBy: { version: "asc" } });
      // Every version up to the report's own, none missing, and the report is its last revision.
      expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: back.version }, (_, i) => i + 1));
      expect(revisions.at(-1)?.content).toBe(back.content);
      for (const r of revisions.filter((r) => r.version > row.version)) expect(readContent(r.content).report.preamble).toBe(preamble(r.version));
      // Each save wrote an audit line in its transaction: those are in the backup too.
      expect(await restored.auditEvent.count({ where: { reportId, action: "save" } })).toBe(back.version - row.version);
    } finally {
      await restored.disconnect();
    }

    // A second restore onto the database that now holds data is refused without --force, and changes nothing.
    const again = await cli(target.url, "restore", file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--force");
    const forced = await cli(target.url, "restore", file, "--force");
    expect(forced, forced.stderr).toMatchObject({ code: 0 });
  });
});

/** A database file that does not exist yet: the restore creates it. */
async function freshSqlite(): Promise<{ url: string; drop(): Promise<void> }> {
  return { url: `file:${join(dir, "restored.db")}`, drop: async () => undefined };
}

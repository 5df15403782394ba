import { parseEnv } from "@/lib/env";
import { databaseKind } from "@/lib/db/config";
import { BackupError, backupDatabase, restoreDatabase } from "@/lib/db/backup";

const ENGINE = { sqlite: "SQLite", postgres: "PostgreSQL" } as const;

/** `report backup <file>`: a consistent copy of the database DATABASE_URL names, taken while the app serves. */
export function backupCommand(file: string): void {
  const url = parseEnv().DATABASE_URL;
  try {
    backupDatabase(url, file);
    console.log(`已备份到 ${file}（${ENGINE[databaseKind(url)]}）`);
  } catch (e) {
    fail(e);
  }
}

/** `report restore <file> [--force]`: the backup in place of the database; one that holds data only with --force. */
export async function restoreCommand(file: string, opts: { force?: boolean }): Promise<void> {
  const url = parseEnv().DATABASE_URL;
  try {
    await restoreDatabase(url, file, { force: opts.force === true });
    console.log(`已从 ${file} 恢复（${ENGINE[databaseKind(url)]}）。启动应用（npm start）时会按需迁移数据库结构。`);
  } catch (e) {
    fail(e);
  }
}

function fail(e: unknown): void {
  if (!(e instanceof BackupError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}

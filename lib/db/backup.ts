import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { createDb } from "./client";
import { databaseKind, sqliteFile, SQLITE_BUSY_TIMEOUT_MS, useWriteAheadLog } from "./config";

/** Why a backup or restore did not happen, in words for the person at the console. */
export class BackupError extends Error {}

const MISSING_TOOL = (tool: string) =>
  `未找到 ${tool}：备份和恢复 PostgreSQL 数据库需要 PostgreSQL 客户端工具（Debian/Ubuntu：apt-get install postgresql-client），其版本不能低于数据库服务器的版本`;

/**
 * A consistent copy of the database while the app keeps serving.
 * SQLite: `VACUUM INTO` reads one snapshot in a single read transaction
 * (in WAL mode it neither waits for nor blocks the app's writes) and writes
 * a compact database file; copying the file with `cp` instead can catch a
 * write halfway. PostgreSQL: `pg_dump`, whose dump is one snapshot too, in
 * its custom format. The copy is written beside the target and renamed when
 * complete, so a file at `file` is always a whole backup.
 */
export function backupDatabase(url: string, file: string): void {
  if (existsSync(file)) throw new BackupError(`备份文件 ${file} 已存在，请换一个文件名（不会覆盖已有的备份）`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    if (databaseKind(url) === "postgres") run("pg_dump", ["--format=custom", "--no-owner", "--file", partial, "--dbname", libpqUrl(url)]);
    else {
      const source = sqliteFile(url);
      if (!existsSync(source)) throw new BackupError(`数据库文件不存在：${source}`);
      const db = new Database(source, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
      try {
        db.prepare("VACUUM INTO ?").run(partial);
      } finally {
        db.close();
      }
    }
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Puts a backup in place of the database `url` names. A database that holds
 * data is overwritten only with `force` (the app should be stopped first:
 * a server still running keeps what it had cached and may write over the
 * restored data). The restored database may be older than the app: `npm
 * start` migrates it.
 */
export async function restoreDatabase(url: string, file: string, options: { force?: boolean } = {}): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`备份文件不存在：${file}`);
  if (!options.force && (await holdsData(url))) {
    throw new BackupError("目标数据库中已有数据，恢复会覆盖全部数据。请先停止应用；确认要覆盖时加 --force");
  }
  if (databaseKind(url) === "postgres") {
    // One transaction: a backup that fails halfway leaves the database as it was.
    run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", libpqUrl(url), file]);
    return;
  }
  const backup = openSqliteBackup(file);
  try {
    const target = sqliteFile(url);
    await backup.backup(target);
    useWriteAheadLog(target);
  } finally {
    backup.close();
  }
}

function openSqliteBackup(file: string): Database.Database {
  const problem = new BackupError(`${file} 不是本系统的 SQLite 备份文件`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw problem;
  }
  try {
    const row: unknown = db.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'Report'").get();
    if (typeof row === "object" && row !== null && "n" in row && row.n === 1) return db;
  } catch {
    // Not a database at all: refused below.
  }
  db.close();
  throw problem;
}

/** Whether the database has any organization, account or report (a database not yet migrated has none). */
async function holdsData(url: string): Promise<boolean> {
  if (databaseKind(url) === "sqlite" && !existsSync(sqliteFile(url))) return false;
  const db = createDb(url);
  try {
    const counts = await Promise.all([db.organization.count(), db.user.count(), db.report.count()]);
    return counts.some((n) => n > 0);
  } catch {
    return false;
  } finally {
    await db.disconnect();
  }
}

/** pg_dump and pg_restore take libpq's URL, which knows none of Prisma's parameters (schema, connection_limit…). */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  for (const key of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout"]) parsed.searchParams.delete(key);
  return parsed.toString();
}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.error && "code" in result.error && result.error.code === "ENOENT") throw new BackupError(MISSING_TOOL(tool));
  if (result.error) throw result.error;
  if (result.status !== 0) throw new BackupError(`${tool} 未能完成（退出码 ${result.status ?? "无"}）：\n${result.stderr.trim()}`);
}

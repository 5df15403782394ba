import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createDb, type Db } from "../../lib/db/client";

// npm test, vitest and npm run bench all run from the repository root. (Not __dirname:
// tsx gives ES-module callers such as bench/ a different one.)
const ROOT = process.cwd();

/** Applies the committed migrations with the Prisma CLI, exactly as `npm start` does. */
export function migrate(databaseUrl: string): void {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`prisma migrate deploy failed for ${databaseUrl}:\n${run.stdout}\n${run.stderr}`);
}

export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export async function sqliteTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-test-"));
  const url = `file:${join(dir, "test.db")}`;
  migrate(url);
  const db = createDb(url);
  return {
    url,
    db,
    drop: async () => {
      await db.disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server the PostgreSQL tests create their databases on. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * Whether a PostgreSQL server answers. Where none does, the PostgreSQL tests
 * are skipped and say why; with REQUIRE_POSTGRES=1 (set by .ci/run) a
 * missing server fails the run instead, so CI can never skip them silently.
 */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (e) {
    const reason = `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL} (${e instanceof Error ? e.message : String(e)}); set TEST_POSTGRES_URL to a server where this user may CREATE DATABASE`;
    if (process.env.REQUIRE_POSTGRES === "1") throw new Error(`${reason}. REQUIRE_POSTGRES=1, so this fails instead of skipping.`);
    return reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database on the server, migrated; dropped afterwards. */
export async function postgresTestDatabase(): Promise<TestDatabase> {
  const name = `fazhi_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  migrate(url.toString());
  const db = createDb(url.toString());
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.disconnect();
      const c = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

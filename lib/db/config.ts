import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Pool } from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

/** Which database a DATABASE_URL names. SQLite is the embedded default; PostgreSQL serves shared installations. */
export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

/** How long a write waits for another process's write to finish before it fails (the CLI's backup, a second server). */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** The file a SQLite DATABASE_URL names, resolved against the working directory. */
export function sqliteFile(url: string): string {
  return resolve(url.replace(/^file:/, ""));
}

/**
 * SQLite needs its folder to exist; the default file lives in ./data, created
 * on first start. The file is switched to write-ahead logging once (the mode
 * is stored in the file): readers then never block the writer nor see a
 * half-written transaction, and a crash mid-write leaves the last committed
 * state. `timeout` is better-sqlite3's busy timeout, set on every connection.
 */
export function sqliteAdapter(url: string): SqliteAdapterFactory {
  const file = sqliteFile(url);
  mkdirSync(dirname(file), { recursive: true });
  useWriteAheadLog(file);
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_READ_TUNING);
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

type SqliteAdapterFactory = Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;

/**
 * Per connection (SQLite keeps neither in the file). Its default page cache
 * is 2 MB, and every page beyond it is a read() from the operating system's
 * cache: a search ranking 10,000 reports or a list of hundreds of units
 * touches more than that. A memory map reads those pages in place (search
 * ranking at 2,000 reports: 22 ms to 11 ms), and the larger cache keeps
 * what writes and the FTS5 tables reuse. The map is address space, not memory (this build caps it at 2 GB).
 */
const SQLITE_READ_TUNING = "PRAGMA mmap_size = 2147483648; PRAGMA cache_size = -65536;";

export function useWriteAheadLog(file: string): void {
  const connection = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    connection.pragma("journal_mode = WAL");
  } finally {
    connection.close();
  }
}

/**
 * The pg driver reports PostgreSQL's catalog type `name` (oid 19) with a type
 * id the Prisma adapter cannot map, so every migrate command fails with
 * "Column type 'name' could not be deserialized" (prisma/prisma#27403).
 * `name` is text for every purpose here, so query results report it as text
 * (oid 25). A Proxy rather than a subclass: pg's `query` has a dozen
 * overloads that an override would have to restate.
 */
function reportNamesAsText(result: unknown): unknown {
  if (typeof result === "object" && result !== null && "fields" in result && Array.isArray(result.fields)) {
    for (const field of result.fields) {
      if (typeof field === "object" && field !== null && field.dataTypeID === 19) field.dataTypeID = 25;
    }
  }
  return result;
}

function catalogSafe(pool: Pool): Pool {
  return new Proxy(pool, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop !== "query" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = Reflect.apply(value, target, args);
        return result instanceof Promise ? result.then(reportNamesAsText) : result;
      };
    },
  });
}

/** For the migrate commands, which read the catalog. */
export function postgresMigrationAdapter(url: string): PrismaPg {
  return new PrismaPg(catalogSafe(new Pool({ connectionString: url, max: 4 })));
}

/** For the app's queries: the adapter creates and owns its pool, so disconnecting closes it. */
export function postgresAdapter(url: string): PrismaPg {
  return new PrismaPg({ connectionString: url, max: 10 });
}

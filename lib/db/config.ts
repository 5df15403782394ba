import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Pool } from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

/** Which database a DATABASE_URL names. SQLite is the embedded default; PostgreSQL serves shared installations. */
export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

/** SQLite needs its folder to exist; the default file lives in ./data, created on first start. */
export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  const file = resolve(url.replace(/^file:/, ""));
  mkdirSync(dirname(file), { recursive: true });
  return new PrismaBetterSQLite3({ url: `file:${file}` });
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

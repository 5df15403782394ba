import { resolve } from "node:path";
import { defineConfig } from "prisma/config";
import { parseEnv } from "./lib/env";
import { databaseKind, postgresMigrationAdapter, sqliteAdapter } from "./lib/db/config";

// Prisma 6.19's CLI looks for native engine files at start and tries to
// download them when missing; no download host is reachable on these
// machines or on a government intranet. Migrations run through the wasm
// schema engine in the npm package (engine: "js"), so the native paths only
// need to name an existing file for the CLI to stop looking.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= resolve("package.json");

const url = parseEnv().DATABASE_URL;
const kind = databaseKind(url);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: `prisma/${kind}/schema.prisma`,
  migrations: { path: `prisma/${kind}/migrations` },
  adapter: async () => (kind === "postgres" ? postgresMigrationAdapter(url) : sqliteAdapter(url)),
});

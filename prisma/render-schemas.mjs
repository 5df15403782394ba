// Renders prisma/models.prisma into one schema per database (see the comment there).
// `node prisma/render-schemas.mjs --check` exits 1 when a rendered schema is stale.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const models = readFileSync(join(here, "models.prisma"), "utf8");

export const DATABASES = {
  sqlite: { provider: "sqlite", url: "file:../../data/app.db" },
  postgres: { provider: "postgresql", url: "postgresql://localhost/placeholder" },
};

export function renderSchema(name) {
  const { provider, url } = DATABASES[name];
  return `// Rendered from prisma/models.prisma by prisma/render-schemas.mjs. Do not edit.

generator client {
  provider   = "prisma-client"
  // No native query engine: queries run through a driver adapter, so nothing is downloaded.
  engineType = "client"
  output     = "../../lib/generated/${name}"
}

datasource db {
  provider = "${provider}"
  // Required by Prisma 6.19's validation; the driver adapter decides the real connection.
  url      = "${url}"
}

${models}`;
}

const check = process.argv.includes("--check");
let stale = false;
for (const name of Object.keys(DATABASES)) {
  const file = join(here, name, "schema.prisma");
  const text = renderSchema(name);
  if (check) {
    let current = "";
    try { current = readFileSync(file, "utf8"); } catch { /* missing counts as stale */ }
    if (current !== text) { console.error(`${file} is stale: run node prisma/render-schemas.mjs`); stale = true; }
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
process.exit(stale ? 1 : 0);

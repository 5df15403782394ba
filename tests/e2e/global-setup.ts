import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/demo";
import { migrate } from "../support/test-db";
import { buildApp, startAppServer } from "../support/app-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

/**
 * The browser tests run against a production build, as users get it, on a
 * fresh SQLite database seeded with the demo data.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-e2e-"));
  const databaseUrl = `file:${join(dir, "e2e.db")}`;
  migrate(databaseUrl);
  const db = createDb(databaseUrl);
  await seedDemo(db);
  await db.disconnect();

  if (process.env.E2E_SKIP_BUILD !== "1") {
    buildApp();
  }

  const { baseURL, stop } = await startAppServer(databaseUrl);

  project.provide("baseURL", baseURL);
  project.provide("databaseUrl", databaseUrl);

  return () => {
    stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

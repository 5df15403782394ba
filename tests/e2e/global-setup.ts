import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/demo";
import { migrate } from "../support/test-db";

const ROOT = resolve(__dirname, "../..");

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

/** Resolves when the server answers, or fails with its output when it exits first. */
function serverReady(child: ChildProcess, url: string, output: () => string): Promise<void> {
  return new Promise((done, fail) => {
    child.once("exit", (code) => fail(new Error(`next start exited with ${code}:\n${output()}`)));
    const probe = () =>
      fetch(url)
        .then((res) => (res.ok ? done() : setTimeout(probe, 200)))
        .catch(() => setTimeout(probe, 200));
    probe();
  });
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
    const build = spawnSync("npx", ["next", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }

  const port = await freePort();
  let log = "";
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
  });
  server.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const baseURL = `http://127.0.0.1:${port}`;
  await serverReady(server, baseURL, () => log);

  project.provide("baseURL", baseURL);
  project.provide("databaseUrl", databaseUrl);

  return () => {
    // The server runs in its own process group (npx → node); end the whole group.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
}

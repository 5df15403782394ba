import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";

// npm test, vitest and npm run bench all run from the repository root. (Not __dirname:
// tsx gives ES-module callers such as bench/ a different one.)
const ROOT = process.cwd();

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

/**
 * The production build (`next start`) on a free local port against the
 * given database, for the browser tests and the benchmarks. Resolves when
 * the server answers, or fails with its output when it exits first.
 */
export async function startAppServer(databaseUrl: string): Promise<{ baseURL: string; stop: () => void; pid: number }> {
  const port = await freePort();
  let log = "";
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    // TZ=UTC, as servers often run: every time the app shows must still be China time (lib/time).
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC" },
    // Its own process group (npx → node), so stopping ends both.
    detached: true,
  });
  // APP_SERVER_LOG=1 shows the server's output as it comes (a bench or test that sees the server fail).
  const echo = process.env.APP_SERVER_LOG === "1";
  child.stdout?.on("data", (d: Buffer) => ((log += d.toString()), echo && process.stderr.write(d)));
  child.stderr?.on("data", (d: Buffer) => ((log += d.toString()), echo && process.stderr.write(d)));
  const baseURL = `http://127.0.0.1:${port}`;
  await new Promise<void>((done, fail) => {
    child.once("exit", (code) => fail(new Error(`next start exited with ${code}:\n${log}`)));
    const probe = () =>
      fetch(`${baseURL}/login`)
        .then((res) => (res.status < 500 ? done() : setTimeout(probe, 200)))
        .catch(() => setTimeout(probe, 200));
    probe();
  });
  // pid is also the process group of npx and the server (bench/load.ts reads their memory).
  return { baseURL, stop: () => void (child.pid && process.kill(-child.pid, "SIGTERM")), pid: child.pid ?? 0 };
}

/** `npm run build` (next build, then the PDF engine): the browser tests and the benchmarks measure what users get. */
export function buildApp(): void {
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync } from "node:fs";

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Wall time of one run of an external program, in ms; throws with its output when it fails. */
export function timeProgram(program: string, args: string[], options: SpawnSyncOptions = {}): number {
  const start = performance.now();
  const run = spawnSync(program, args, { encoding: "utf8", timeout: 120_000, ...options });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${program} failed (${run.status}): ${String(run.stderr).slice(0, 500)}`);
  return ms;
}

/** The first of the paths that exists, or of the names found on PATH. */
export function findProgram(candidates: string[]): string | null {
  for (const c of candidates) {
    if (c.includes("/")) {
      if (existsSync(c)) return c;
    } else if (spawnSync("which", [c], { encoding: "utf8" }).status === 0) {
      return c;
    }
  }
  return null;
}

export const ms = (v: number) => `${v.toFixed(0)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

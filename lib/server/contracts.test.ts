import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layering the architecture promises, checked on the sources: lib/server
 * is server-only except its contracts (*.schema.ts), which client components
 * import and which therefore must never reach the database or server-only
 * code; and components never reach app/ (pages import components, not the
 * other way round), nor anything server-only.
 */

const ROOT = process.cwd();

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** What a file imports; `typeOnly` for `import type`, which the compiler erases. */
function imports(path: string): { specifier: string; typeOnly: boolean }[] {
  return [...readFileSync(join(ROOT, path), "utf8").matchAll(IMPORT)].map((m) => ({ specifier: m[2] ?? m[3] ?? "", typeOnly: m[1] !== undefined }));
}

/** The repository file a specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? resolve(ROOT, dirname(from), specifier) : null;
  if (base === null) return null;
  const stem = base.replace(/\.js$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

const isServerOnly = (path: string) => /^import "server-only";/m.test(readFileSync(join(ROOT, path), "utf8"));

/**
 * Every problem on the way from `start` through the files it imports,
 * transitively; a file that is itself a problem is not followed further.
 * With `values`, type-only imports are skipped: they bring no code along.
 */
function reach(start: string, forbidden: (path: string, specifier: string) => string | null, values = false): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const walk = (path: string, trail: string[]) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const { specifier, typeOnly } of imports(path)) {
      if (values && typeOnly) continue;
      const problem = forbidden(path, specifier);
      if (problem) problems.push(`${[...trail, path].join(" → ")}: ${problem}`);
      const next = resolveImport(path, specifier);
      if (!problem && next && /\.tsx?$/.test(next)) walk(next, [...trail, path]);
    }
  };
  walk(start, []);
  return problems;
}

/** Server-side things no code that runs in the browser may import. */
function serverSide(from: string, specifier: string): string | null {
  if (["server-only", "next/headers", "next/cache", "pg"].includes(specifier) || /^(node:|@prisma\/)/.test(specifier)) return `imports ${specifier}`;
  const path = resolveImport(from, specifier);
  if (path === null) return null;
  if (path.startsWith("app/")) return `imports ${path} (app/)`;
  if (path.startsWith("lib/db/") || path.startsWith("lib/generated/")) return `imports ${path} (the database)`;
  if (isServerOnly(path)) return `imports ${path} (server-only)`;
  return null;
}

describe("contracts and layers", () => {
  const server = files("lib/server");
  const contracts = server.filter((p) => p.endsWith(".schema.ts"));

  it("lib/server is server-only, except its *.schema.ts contracts", () => {
    expect(server.filter((p) => !p.endsWith(".schema.ts") && !isServerOnly(p))).toEqual([]);
    expect(contracts.filter(isServerOnly)).toEqual([]);
    expect(contracts.length).toBeGreaterThan(10);
  });

  it("every contract can be imported by the browser: it reaches neither the database nor server-only code", () => {
    expect(contracts.flatMap((p) => reach(p, serverSide))).toEqual([]);
  });

  it("components never import app/, and no code they run reaches server-only code", () => {
    const components = files("components");
    expect(components.length).toBeGreaterThan(10);
    const fromApp = (from: string, specifier: string) => (resolveImport(from, specifier)?.startsWith("app/") ? `imports ${specifier}` : null);
    expect(components.flatMap((p) => reach(p, fromApp))).toEqual([]);
    // Type-only imports are erased, so a server component may name a server read model's type (ReportTable).
    expect(components.flatMap((p) => reach(p, serverSide, true))).toEqual([]);
  });
});

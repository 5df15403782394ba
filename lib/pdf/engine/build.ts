import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleEngine } from "./bundle.mjs";
import { CODE_CACHE_FILE, ENGINE_FILE, engineDir, loadEngine, writeCodeCache } from "./load";

const ROOT = process.cwd();

export interface BuiltEngine {
  dir: string;
  engineBytes: number;
  codeCacheBytes: number;
}

/**
 * Bundles the engine into dir/engine.cjs (bundle.mjs; load.ts says why),
 * then renders the demo report with it, figures appendix included so that
 * every part of the document runs, and writes V8's code cache of what that
 * render compiled to dir/engine.cache.
 */
export async function buildPdfEngine(dir: string = engineDir()): Promise<BuiltEngine> {
  rmSync(dir, { recursive: true, force: true });
  await bundleEngine(dir);
  const engine = loadEngine(dir, { codeCache: false });
  const demo: unknown = JSON.parse(readFileSync(join(ROOT, "lib/report/fixtures/laocheng-2020.json"), "utf8"));
  const result = await engine.exportReportPdf(demo, { figuresAppendix: true });
  if (!result.ok || result.draft) throw new Error("the demo report no longer exports as a final report");
  writeCodeCache(engine);
  return { dir, engineBytes: statSync(join(dir, ENGINE_FILE)).size, codeCacheBytes: statSync(join(dir, CODE_CACHE_FILE)).size };
}

// `npm run build` runs this file after next build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const built = await buildPdfEngine();
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log(`PDF 引擎已构建：${built.dir}（引擎 ${kb(built.engineBytes)}，编译缓存 ${kb(built.codeCacheBytes)}）`);
}

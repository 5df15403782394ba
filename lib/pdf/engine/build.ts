import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { CODE_CACHE_FILE, ENGINE_FILE, engineDir, loadEngine, writeCodeCache } from "./load";

const ROOT = process.cwd();

export interface BuiltEngine {
  dir: string;
  engineBytes: number;
  codeCacheBytes: number;
}

/**
 * Bundles lib/pdf/export into dir/engine.cjs (see load.ts for why), then
 * renders the demo report with it, figures appendix included so that every
 * part of the document runs, and writes V8's code cache of what that render
 * compiled to dir/engine.cache.
 */
export async function buildPdfEngine(dir: string = engineDir()): Promise<BuiltEngine> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, "lib/pdf/export.ts")],
    outfile: join(dir, ENGINE_FILE),
    bundle: true,
    platform: "node",
    format: "cjs",
    jsx: "automatic",
    define: {
      // The engine runs only in production; this also keeps React's development build out of it.
      "process.env.NODE_ENV": '"production"',
      // The bundled packages load some modules on first use, resolved from
      // import.meta.url (patches/). In the bundle they resolve from the
      // app's package.json instead, as lib/pdf/fonts finds the npm fonts:
      // the server runs in the app's folder, wherever the engine file is.
      "import.meta.url": "__appPackageUrl",
    },
    banner: { js: 'var __appPackageUrl = require("node:url").pathToFileURL(require("node:path").join(process.cwd(), "package.json")).href;' },
    logLevel: "warning",
  });
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

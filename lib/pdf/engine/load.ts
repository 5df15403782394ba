import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Script } from "node:vm";
import type { exportReportPdf } from "../export";
import { ENGINE_FILE, loadEngineFile, writeCodeCache } from "./engine-file.cjs";

/**
 * The PDF engine as the production server runs it: lib/pdf/export and
 * everything it imports (react-pdf, fontkit, pdfkit, React, zod…) bundled by
 * `npm run build` into one CommonJS file, with a V8 code cache beside it.
 *
 * Why: the server cannot bundle react-pdf into its route chunks (it needs
 * React's client build, see next.config.js), so unbundled it loads as some
 * 180 ES modules through Node's ES module loader, one by one. One file loads
 * in one step, and the code cache, written after a render at build time,
 * spares V8 parsing and compiling the functions that a render calls.
 * Together they cut the first export after a server start by about a third
 * (npm run bench, cold). The CLI (lib/cli/run.mjs) and the export workers
 * (lib/export-queue) load the same file.
 */
export { CODE_CACHE_FILE, ENGINE_FILE, writeCodeCache } from "./engine-file.cjs";

/** Where `npm run build` puts the engine: beside the Next.js build, which it belongs to. */
export function engineDir(): string {
  return join(process.cwd(), ".next", "pdf-engine");
}

export interface PdfEngine {
  exportReportPdf: typeof exportReportPdf;
  /** The compiled script, whose code cache writeCodeCache saves. */
  script: Script;
  /** "used" when V8 took the code cache; "rejected" when another Node version or other V8 flags wrote it; "none" when absent. */
  codeCache: "used" | "rejected" | "none";
  codeCacheFile: string;
}

/** Loads the engine in dir. Each call compiles and runs it anew; the server keeps one (pdfEngine). */
export function loadEngine(folder: string, options: { codeCache: boolean } = { codeCache: true }): PdfEngine {
  const engine = loadEngineFile(folder, options);
  const exported = engine.exports.exportReportPdf;
  if (typeof exported !== "function") throw new Error(`${folder} 中不是 PDF 引擎：请重新运行 npm run build`);
  return { ...engine, exportReportPdf: exported as typeof exportReportPdf };
}

/**
 * The engine in dir, for a server: when V8 could not use the code cache (the
 * build ran another Node, or the server runs with V8 flags of its own, such as
 * --max-old-space-size in NODE_OPTIONS), the first export writes a new one,
 * and the next start of the server uses it.
 */
export function openEngine(dir: string): Pick<PdfEngine, "exportReportPdf" | "codeCache"> {
  const engine = loadEngine(dir);
  if (engine.codeCache === "used") return engine;
  let written = false;
  const exportAndCache: typeof exportReportPdf = async (...args) => {
    const result = await engine.exportReportPdf(...args);
    if (!written) {
      written = true;
      try {
        writeCodeCache(engine);
      } catch {
        // A read-only installation exports just the same, without the faster start.
      }
    }
    return result;
  };
  return { exportReportPdf: exportAndCache, codeCache: engine.codeCache };
}

let loaded: Pick<PdfEngine, "exportReportPdf"> | null | undefined;

/**
 * The server's engine, loaded on the first export and kept for the life of
 * the process (fonts stay loaded with it); null when the build has none
 * (`next build` run without `npm run build`), said once in the server log.
 */
export function pdfEngine(): Pick<PdfEngine, "exportReportPdf"> | null {
  if (loaded !== undefined) return loaded;
  const dir = engineDir();
  if (existsSync(join(dir, ENGINE_FILE))) return (loaded = openEngine(dir));
  console.warn(`PDF 引擎尚未构建（缺少 ${join(dir, ENGINE_FILE)}）：导出改用源代码，服务启动后的首次导出较慢。请运行 npm run build。`);
  return (loaded = null);
}

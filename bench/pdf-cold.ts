/**
 * One cold export in a fresh process, as the first download after a server
 * start costs: loading the PDF engine (lib/pdf/engine, built by bench/pdf.ts
 * exactly as `npm run build` builds it), finding and reading the fonts,
 * checking the characters and the first render, from the stored JSON as the
 * download route does.
 *
 * The clock starts when Node has started and this script runs, before any of
 * the app is loaded: on the server that is when a download request arrives,
 * the process having started long before. The time from the process start is
 * printed too. bench/pdf.ts compiles this file with code splitting, so the
 * dynamic import below loads the engine's loader only then; it prints one
 * JSON line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const requested = performance.now();
const { loadEngine } = await import("@/lib/pdf/engine/load");
const engine = loadEngine(process.argv[2] ?? "");
const result = await engine.exportReportPdf(JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")));
if (!result.ok || result.draft) throw new Error("the Laocheng fixture no longer exports as a final report");
// performance.now() counts from the start of the process.
const done = performance.now();
console.log(
  JSON.stringify({ ms: done - requested, fromStart: done, bytes: result.pdf.length, maxRss: process.resourceUsage().maxRSS * 1024, codeCache: engine.codeCache }),
);

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { buildPdfEngine } from "@/lib/pdf/engine/build";
import { renderReportPdf } from "@/lib/pdf/render";
import { laochengHtml } from "./html";
import { laochengDocx } from "./docx";
import { laochengReport } from "./laocheng";
import { findProgram, kb, mb, median, ms, timeProgram } from "./measure";
import { benchTypst, typstFonts, typstSource, type TypstResult } from "./typst";

/**
 * The PDF export of the Laocheng 2020 report: cold (a fresh process, fonts
 * included; median of five processes), warm (median of 20 renders in a
 * running process), peak memory, file size; and the same content through
 * LibreOffice (from DOCX) and Chromium (from HTML) when they are installed,
 * in the same run. `npm run bench` sets NODE_ENV=production, as `next start`
 * does, so React runs its production build here as on the server.
 */
const TARGETS = { warmMs: 100, coldMs: 600, sizeKb: 300, vsLibreOffice: 10 };
const WARM_RUNS = 20;
/** Renders before the warm ones are timed: a running server has exported before, and V8 has compiled the hot paths. */
const WARM_UP = 5;
const TOOL_RUNS = 3;
/** Fresh processes for the cold export; the median is reported. */
const COLD_RUNS = 5;

interface Cold {
  /** From the export request to the PDF: loading the PDF code and the fonts, checking, rendering. */
  ms: number;
  /** From the start of the process, Node's own start-up included. */
  fromStart: number;
  bytes: number;
  maxRss: number;
}

/**
 * The cold run is timed on what the server runs: the PDF engine as `npm run
 * build` makes it (lib/pdf/engine: one bundled file and its code cache),
 * built here into node_modules/.cache so that the app's own build is left
 * alone, and the script compiled to JavaScript with the engine's loader in a
 * chunk of its own, loaded on request as the route's chunk is. Timing it
 * under tsx would add the cost of compiling TypeScript on the fly, which no
 * user ever pays.
 */
async function compileColdRun(): Promise<{ script: string; engine: string }> {
  const outdir = join(process.cwd(), "node_modules/.cache/fazhi-bench/cold");
  rmSync(outdir, { recursive: true, force: true });
  const engine = await buildPdfEngine(join(outdir, "engine"));
  await build({
    entryPoints: [join(process.cwd(), "bench/pdf-cold.ts")],
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    packages: "external",
    // The engine's loader is CommonJS (lib/pdf/engine/engine-file.cjs): in an ES module chunk its require needs this.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    logLevel: "warning",
  });
  return { script: join(outdir, "pdf-cold.mjs"), engine: engine.dir };
}

/** One fresh process, as the server runs: compiled code, NODE_ENV=production. */
function coldRun({ script, engine }: { script: string; engine: string }): Cold {
  const run = spawnSync(process.execPath, [script, engine], { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (run.status !== 0) throw new Error(`cold run failed: ${run.stderr}`);
  const line = run.stdout.trim().split("\n").at(-1) ?? "{}";
  const parsed: unknown = JSON.parse(line);
  if (typeof parsed !== "object" || parsed === null || !("ms" in parsed) || !("fromStart" in parsed) || !("bytes" in parsed) || !("maxRss" in parsed) || !("codeCache" in parsed)) {
    throw new Error(`cold run printed ${line}`);
  }
  // A rejected or missing code cache would time a slower start than the server's without saying so.
  if (parsed.codeCache !== "used") throw new Error(`cold run: V8 did not use the engine's code cache (${String(parsed.codeCache)})`);
  return { ms: Number(parsed.ms), fromStart: Number(parsed.fromStart), bytes: Number(parsed.bytes), maxRss: Number(parsed.maxRss) };
}

/** The median of COLD_RUNS fresh processes: one process start is one sample, and this machine's noise is large. */
async function cold(): Promise<Cold & { range: [number, number] }> {
  const compiled = await compileColdRun();
  const runs = Array.from({ length: COLD_RUNS }, () => coldRun(compiled));
  const times = runs.map((r) => r.ms);
  return {
    ms: median(times),
    fromStart: median(runs.map((r) => r.fromStart)),
    bytes: runs[0]?.bytes ?? 0,
    maxRss: Math.max(...runs.map((r) => r.maxRss)),
    range: [Math.min(...times), Math.max(...times)],
  };
}

async function warm(): Promise<{ ms: number; bytes: number; maxRss: number }> {
  const report = laochengReport();
  let pdf = await renderReportPdf(report);
  for (let i = 1; i < WARM_UP; i++) pdf = await renderReportPdf(report);
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const start = performance.now();
    pdf = await renderReportPdf(report);
    times.push(performance.now() - start);
  }
  return { ms: median(times), bytes: pdf.length, maxRss: process.resourceUsage().maxRSS * 1024 };
}

function libreOffice(dir: string, docx: Buffer): { ms: number; bytes: number } | string {
  const soffice = findProgram(["soffice", "libreoffice", "/usr/bin/soffice"]);
  if (!soffice) return "skipped: soffice not installed";
  const input = join(dir, "laocheng.docx");
  writeFileSync(input, docx);
  const profile = `-env:UserInstallation=file://${join(dir, "lo-profile")}`;
  const args = [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, input];
  timeProgram(soffice, args); // first run creates the profile; not counted
  const times = Array.from({ length: TOOL_RUNS }, () => timeProgram(soffice, args));
  return { ms: median(times), bytes: statSync(join(dir, "laocheng.pdf")).size };
}

function chromium(dir: string, html: string): { ms: number; bytes: number } | string {
  const browser = findProgram(["/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"]);
  if (!browser) return "skipped: chromium not installed";
  const input = join(dir, "laocheng.html");
  const output = join(dir, "laocheng-chromium.pdf");
  writeFileSync(input, html);
  const args = (profile: string) => [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--no-pdf-header-footer",
    `--user-data-dir=${join(dir, profile)}`,
    `--print-to-pdf=${output}`,
    `file://${input}`,
  ];
  timeProgram(browser, args("chrome-warmup"));
  const times = Array.from({ length: TOOL_RUNS }, (_, i) => timeProgram(browser, args(`chrome-${i}`)));
  return { ms: median(times), bytes: statSync(output).size };
}

/**
 * `npm run report -- pdf` cold, as a person runs it: a fresh Node process for
 * each export through the launcher (lib/cli/run.mjs) and the engine (the
 * build's, else the one it bundles on first use: one run first, not counted,
 * as LibreOffice's first run that makes its profile is not). Timed as a
 * whole, process start included; through npm too, which adds npm's own start.
 */
function cli(dir: string): { node: number; npm: number } {
  const input = join(dir, "laocheng.json");
  writeFileSync(input, JSON.stringify(laochengReport()));
  const args = ["lib/cli/run.mjs", "pdf", input, "-o", join(dir, "cli.pdf")];
  timeProgram(process.execPath, args);
  const node = median(Array.from({ length: COLD_RUNS }, () => timeProgram(process.execPath, args)));
  const npm = median(Array.from({ length: TOOL_RUNS }, () => timeProgram("npm", ["run", "--silent", "report", "--", ...args.slice(1)])));
  return { node, npm };
}

function typst(dir: string): TypstResult | string {
  try {
    const fonts = typstFonts(dir);
    return benchTypst(dir, typstSource(laochengReport(), { XBS: "Noto Serif SC", FS: "Noto Serif SC", HT: "Noto Sans SC", KT: "LXGW WenKai" }), fonts.dir, { warm: WARM_RUNS, cold: COLD_RUNS });
  } catch (e) {
    return `skipped: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
  }
}

const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

export async function benchPdf(): Promise<void> {
  const report = laochengReport();
  const dir = mkdtempSync(join(tmpdir(), "fazhi-bench-"));
  try {
    console.log("PDF export, Laocheng 2020 report\n");
    // Warm first: building the engine for the cold runs loads a second copy of the PDF code into this process.
    const w = await warm();
    const c = await cold();
    const lo = libreOffice(dir, await laochengDocx(report));
    const cr = chromium(dir, laochengHtml(report));
    const ty = typst(dir);
    const cl = cli(dir);

    const rows: Array<[string, string, string, string]> = [
      ["react-pdf (this app), warm", ms(w.ms), kb(w.bytes), `peak RSS ${mb(w.maxRss)} (after ${WARM_UP + WARM_RUNS} renders)`],
      ["react-pdf (this app), cold", `${ms(c.ms)} (${COLD_RUNS} runs ${c.range.map((v) => v.toFixed(0)).join("–")})`, kb(c.bytes), `peak RSS ${mb(c.maxRss)}; ${ms(c.fromStart)} counted from the process start`],
      ["LibreOffice (DOCX → PDF)", typeof lo === "string" ? lo : ms(lo.ms), typeof lo === "string" ? "" : kb(lo.bytes), typeof lo === "string" ? "" : `${(lo.ms / w.ms).toFixed(1)}× the warm render`],
      ["Chromium (HTML → PDF)", typeof cr === "string" ? cr : ms(cr.ms), typeof cr === "string" ? "" : kb(cr.bytes), typeof cr === "string" ? "" : `${(cr.ms / w.ms).toFixed(1)}× the warm render`],
    ];
    if (typeof ty === "string") rows.push(["Typst (typst.ts)", ty, "", ""]);
    else {
      rows.push(["Typst (typst.ts), warm", ms(ty.warmMs), kb(ty.bytes), `ours takes ${(w.ms / ty.warmMs).toFixed(2)}× Typst's time; same source again (memoized) ${ms(ty.incrementalMs)}`]);
      rows.push(["Typst (typst.ts), cold", `${ms(ty.coldMs)} (${COLD_RUNS} runs ${ty.coldRange.map((v) => v.toFixed(0)).join("–")})`, kb(ty.bytes), `ours takes ${(c.ms / ty.coldMs).toFixed(2)}× Typst's time; ${ms(ty.coldFromStart)} counted from the process start`]);
    }
    rows.push(["CLI cold: node lib/cli/run.mjs", ms(cl.node), "", typeof lo === "string" ? "" : `LibreOffice ${(lo.ms / cl.node).toFixed(2)}× slower (whole processes, start included)`]);
    rows.push(["CLI cold: npm run report -- pdf", ms(cl.npm), "", typeof lo === "string" ? "" : `LibreOffice ${(lo.ms / cl.npm).toFixed(2)}× slower (npm's own start included)`]);
    const width = [32, 34, 8];
    for (const [a, b, cc, d] of rows) console.log(`${a.padEnd(width[0] ?? 0)} ${b.padEnd(width[1] ?? 0)} ${cc.padEnd(width[2] ?? 0)} ${d}`);

    console.log("\nTargets (2-core machine):");
    console.log(`  ${verdict(w.ms <= TARGETS.warmMs)}  warm ≤ ${TARGETS.warmMs} ms (${ms(w.ms)})`);
    console.log(`  ${verdict(c.ms <= TARGETS.coldMs)}  cold ≤ ${TARGETS.coldMs} ms (${ms(c.ms)})`);
    console.log(`  ${verdict(w.bytes <= TARGETS.sizeKb * 1024)}  size ≤ ${TARGETS.sizeKb} KB (${kb(w.bytes)})`);
    if (typeof lo === "string") console.log(`  ----  warm ≥ ${TARGETS.vsLibreOffice}× faster than LibreOffice (${lo})`);
    else console.log(`  ${verdict(lo.ms / w.ms >= TARGETS.vsLibreOffice)}  warm ≥ ${TARGETS.vsLibreOffice}× faster than LibreOffice (${(lo.ms / w.ms).toFixed(1)}×)`);
    if (typeof lo !== "string") console.log(`  ${verdict(cl.npm < lo.ms)}  cold npm run report -- pdf faster than LibreOffice (${ms(cl.npm)} vs ${ms(lo.ms)})`);
    if (typeof ty !== "string") {
      console.log(`  ${verdict(w.ms < ty.warmMs)}  warm faster than Typst (${ms(w.ms)} vs ${ms(ty.warmMs)})`);
      console.log(`  ${verdict(c.ms < ty.coldMs)}  cold faster than Typst (${ms(c.ms)} vs ${ms(ty.coldMs)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


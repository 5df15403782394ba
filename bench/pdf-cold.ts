/**
 * One cold export in a fresh process: module loading, font resolution and
 * parsing, and the first render, as the first download after a server start
 * costs. bench/pdf.ts compiles this file (as the server's build compiles
 * lib/pdf) and runs it with plain Node; it prints one JSON line.
 */
import { renderReportPdf } from "@/lib/pdf/render";
import { laochengReport } from "./laocheng";

const pdf = await renderReportPdf(laochengReport());
// performance.now() counts from the start of the process, so the time
// includes Node's own start and the loading of every module, not just the render.
const ms = performance.now();
console.log(JSON.stringify({ ms, bytes: pdf.length, maxRss: process.resourceUsage().maxRSS * 1024 }));

/**
 * One cold export in a fresh process: module loading, font resolution and
 * parsing, and the first render, as the first download after a server start
 * costs. Prints one JSON line for bench/pdf.ts.
 */
export {};

const start = performance.now();
const { renderReportPdf } = await import("@/lib/pdf/render");
const { laochengReport } = await import("./laocheng");
const pdf = await renderReportPdf(laochengReport());
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, bytes: pdf.length, maxRss: process.resourceUsage().maxRSS * 1024 }));

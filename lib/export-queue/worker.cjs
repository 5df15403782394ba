// An export worker (pool.ts): a thread of the server that loads the PDF
// engine `npm run build` made and renders one report at a time, so that
// rendering never holds up the request thread. Plain CommonJS because Node
// starts a worker from a file, outside the Next.js build.
"use strict";
const { statSync } = require("node:fs");
const { parentPort, workerData } = require("node:worker_threads");
const { loadEngineFile } = require("../pdf/engine/engine-file.cjs");

const { exports: engine } = loadEngineFile(workerData.engineDir);

// The faces this thread prints with, files and their stamps: part of every cache key.
function fontsKey() {
  return JSON.stringify(
    engine.fontReport().rows.map((row) => {
      const file = row.file.replace(/（.*）$/, "");
      try {
        const s = statSync(file);
        return [row.role, row.file, s.size, s.mtimeMs];
      } catch {
        return [row.role, row.file];
      }
    }),
  );
}

parentPort.postMessage({ type: "ready", fonts: fontsKey() });
parentPort.on("message", async ({ id, data, options }) => {
  try {
    const result = await engine.exportReportPdf(data, options);
    parentPort.postMessage({ type: "done", id, result });
  } catch (e) {
    parentPort.postMessage({ type: "failed", id, message: e instanceof Error ? e.message : String(e) });
  }
});

import { Worker } from "node:worker_threads";

/**
 * mammoth's conversion of a .docx to HTML, run in a worker thread with its
 * own heap limit and a time limit: a document that still makes the parser
 * run out of memory (after zip-guard's caps) or loop ends the worker, not
 * the server. The worker loads mammoth from the project's node_modules
 * (the working directory of `next start`, the CLI and the tests).
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 768, timeoutMs: 60_000 } as const;

export type Converted = { ok: true; html: string } | { ok: false; reason: "failed" | "outOfMemory" | "timeout" };

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const mammoth = require("node:module").createRequire(require("node:path").join(process.cwd(), "package.json"))("mammoth");
// Images carry no text; an empty src keeps megabytes of base64 out of the HTML.
mammoth
  .convertToHtml({ buffer: Buffer.from(workerData) }, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) })
  .then((result) => parentPort.postMessage({ ok: true, html: result.value }), () => parentPort.postMessage({ ok: false, reason: "failed" }));
`;

export function convertDocx(bytes: Uint8Array, limits: { maxOldGenerationSizeMb: number; timeoutMs: number } = WORKER_LIMITS): Promise<Converted> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(SOURCE, {
      eval: true,
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
      stdout: true,
      stderr: true,
    });
    const finish = (result: Converted) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout" }), limits.timeoutMs);
    worker.on("message", (message: Converted) => finish(message));
    worker.on("error", (error: Error & { code?: string }) => finish({ ok: false, reason: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "outOfMemory" : "failed" }));
    worker.on("exit", () => finish({ ok: false, reason: "failed" }));
  });
}

import "server-only";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import type { DocxExportResult } from "@/lib/docx/export";
import type { CustomFigureDef } from "@/lib/report/custom-figures";
import { ENGINE_FILE, engineDir } from "@/lib/pdf/engine/load";
import type { ExportOptions, ExportResult } from "@/lib/pdf/export";
import { exportKey, ResultCache } from "./cache";
import { PdfWorkerPool, type PdfJob } from "./pool";
import { ExportQueue, type Queued } from "./queue";

/**
 * The server's exports: PDF rendered by worker threads running the bundled
 * engine (in production; `next dev` and a build without the engine render
 * in the request's thread from the sources), DOCX in the request's thread
 * (it takes a few ms), both behind bounded queues and a cache of finished
 * files. One per process, kept on globalThis because each route's bundle has
 * its own copy of this module.
 */
/** On 2 cores one worker: the other core serves pages while exports wait. */
const WORKERS = Math.max(1, Math.min(4, cpus().length - 1));
/** Exports that may wait; beyond this the answer is 503 with Retry-After. 50 at once must all be served. */
export const MAX_WAITING = 64;
/** Per kind of file: some 120 Laocheng-sized PDFs. */
const CACHE_BYTES = 32 * 1024 * 1024;

export interface Exports {
  pdf(data: unknown, options: ExportOptions): Promise<Queued<ExportResult>>;
  docx(data: unknown, options: { customFigures?: readonly CustomFigureDef[] }): Promise<Queued<DocxExportResult>>;
}

function createExports(): Exports {
  const dir = engineDir();
  const pool =
    process.env.NODE_ENV === "production" && existsSync(join(dir, ENGINE_FILE)) ? new PdfWorkerPool(join(process.cwd(), "lib/export-queue/worker.cjs"), dir, WORKERS) : null;
  const renderPdf = pool ? (job: PdfJob) => pool.run(job) : async (job: PdfJob) => (await import("@/lib/pdf/export")).exportReportPdf(job.data, job.options);
  const fonts = pool ? () => pool.fonts() : async () => JSON.stringify((await import("@/lib/pdf/index")).fontReport().rows.map((r) => r.file));
  const pdfQueue = new ExportQueue({ concurrency: pool ? WORKERS : 1, maxWaiting: MAX_WAITING, run: renderPdf });
  const docxQueue = new ExportQueue({
    concurrency: 1,
    maxWaiting: MAX_WAITING,
    run: async (job: { data: unknown; options: { customFigures?: readonly CustomFigureDef[] } }) => (await import("@/lib/docx/export")).exportReportDocx(job.data, job.options),
  });
  const pdfCache = new ResultCache<Queued<ExportResult>>(CACHE_BYTES, (r) => (r.ok && r.value.ok ? r.value.pdf.length : 0) + 1024);
  const docxCache = new ResultCache<Queued<DocxExportResult>>(CACHE_BYTES, (r) => (r.ok && r.value.ok ? r.value.docx.length : 0) + 1024);
  // A refusal is never kept: the next try may find room.
  const served = (r: Queued<unknown>) => r.ok;
  return {
    async pdf(data, options) {
      const key = exportKey("pdf", await fonts(), options, data);
      return (await pdfCache.get(key, () => pdfQueue.submit({ data, options }), served)).value;
    },
    async docx(data, options) {
      const key = exportKey("docx", "", options, data);
      return (await docxCache.get(key, () => docxQueue.submit({ data, options }), served)).value;
    },
  };
}

const GLOBAL_KEY = Symbol.for("fazhi-nianbao.exports");
type WithExports = typeof globalThis & { [GLOBAL_KEY]?: Exports };

export function exportService(): Exports {
  const g = globalThis as WithExports;
  return (g[GLOBAL_KEY] ??= createExports());
}

/** The answer when the queue is full: 503, when to try again, in words for the person downloading. */
export function busyResponse(retryAfterSeconds: number): Response {
  return new Response(`正在导出的文件太多，请 ${retryAfterSeconds} 秒后再试。`, {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": String(retryAfterSeconds), "cache-control": "no-store" },
  });
}

/** The answer when an export failed inside its worker (which is replaced): 500, said in words, the server unharmed. */
export function exportFailedResponse(error: unknown): Response {
  console.error("导出失败：", error);
  return new Response("导出失败，请稍后再试；如仍失败，请联系管理员。", { status: 500, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

import { Worker } from "node:worker_threads";
import type { ExportOptions, ExportResult } from "@/lib/pdf/export";

/**
 * Export workers: threads that each load the bundled PDF engine once and
 * render one report at a time (worker.cjs). A worker that dies (out of its
 * memory limit on some monstrous report) fails its own export only and is
 * replaced; the server goes on.
 */
export interface PdfJob {
  data: unknown;
  options: ExportOptions;
}

type Reply =
  | { type: "ready"; fonts: string }
  | { type: "done"; id: number; result: ExportResult }
  | { type: "failed"; id: number; message: string };

interface Slot {
  worker: Worker;
  ready: Promise<string>;
  job: { id: number; resolve: (r: ExportResult) => void; reject: (e: Error) => void } | null;
}

/** Heap of one worker: the Laocheng report peaks near 200 MB; a report past this fails alone. */
const WORKER_HEAP_MB = 512;

export class PdfWorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(
    private readonly workerFile: string,
    private readonly engineDir: string,
    private readonly size: number,
  ) {}

  /** The fonts the workers print with (the same files for all: they resolve them alike). */
  fonts(): Promise<string> {
    return this.slot().ready;
  }

  /** Runs a job on an idle worker; the queue in front never asks for more than `size` at once. */
  run(job: PdfJob): Promise<ExportResult> {
    const slot = this.idleSlot();
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      slot.job = { id, resolve, reject };
      slot.worker.postMessage({ id, data: job.data, options: job.options });
    });
  }

  /** Ends the workers (tests, benches); a running export fails. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private slot(): Slot {
    return this.slots[0] ?? this.start();
  }

  private idleSlot(): Slot {
    const idle = this.slots.find((s) => s.job === null);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.start();
    throw new Error("export pool: more jobs than workers (the queue must bound them)");
  }

  private start(): Slot {
    const worker = new Worker(this.workerFile, { workerData: { engineDir: this.engineDir }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let ready: (fonts: string) => void = () => undefined;
    let failed: (e: Error) => void = () => undefined;
    const slot: Slot = {
      worker,
      ready: new Promise((resolve, reject) => {
        ready = resolve;
        failed = reject;
      }),
      job: null,
    };
    // Nobody may be waiting for it yet; a failed start is reported to whoever asks.
    slot.ready.catch(() => undefined);
    this.slots.push(slot);
    worker.on("message", (reply: Reply) => {
      if (reply.type === "ready") return ready(reply.fonts);
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      // Structured cloning hands the PDF over as a plain Uint8Array.
      if (reply.type === "done") job.resolve(reply.result.ok ? { ...reply.result, pdf: Buffer.from(reply.result.pdf) } : reply.result);
      else job.reject(new Error(reply.message));
    });
    worker.on("error", (e) => {
      failed(e);
      slot.job?.reject(e);
    });
    worker.on("exit", (code) => {
      failed(new Error(`导出线程意外退出（${code}）`));
      slot.job?.reject(new Error(`导出线程意外退出（${code}）`));
      slot.job = null;
      this.slots.splice(this.slots.indexOf(slot), 1);
    });
    return slot;
  }
}

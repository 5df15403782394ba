/**
 * A bounded queue in front of the exports: at most `concurrency` run at once
 * (one per export worker), at most `maxWaiting` wait, and the rest are
 * refused at once with how long to wait, so that a burst of exports makes
 * people wait for their files instead of exhausting the server's memory and
 * slowing every page (issue #20: 50 concurrent exports took p95 35 s and
 * 200 home views 29.8 s, with nothing queued or shed).
 */
export type Queued<R> = { ok: true; value: R } | { ok: false; retryAfterSeconds: number };

export interface QueueOptions<J, R> {
  concurrency: number;
  maxWaiting: number;
  run: (job: J) => Promise<R>;
}

export class ExportQueue<J, R> {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Recent run time, for Retry-After; a guess until the first export ends. */
  private averageMs = 1000;

  constructor(private readonly options: QueueOptions<J, R>) {}

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async submit(job: J): Promise<Queued<R>> {
    if (this.running < this.options.concurrency) this.running += 1;
    else if (this.waiting.length >= this.options.maxWaiting) return { ok: false, retryAfterSeconds: this.retryAfter() };
    // The slot of a run that ends is handed to the first in line (release), still counted as running.
    else await new Promise<void>((resume) => this.waiting.push(resume));
    const start = performance.now();
    try {
      return { ok: true, value: await this.options.run(job) };
    } finally {
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - start);
      this.release();
    }
  }

  /** Seconds until a job refused now would likely find a place: the queue drained at the recent pace. */
  private retryAfter(): number {
    return Math.max(1, Math.ceil(((this.waiting.length + 1) * this.averageMs) / this.options.concurrency / 1000));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next job, so a new arrival cannot overtake those waiting.
    if (next) next();
    else this.running -= 1;
  }
}

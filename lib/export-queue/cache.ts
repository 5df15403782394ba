import { createHash } from "node:crypto";

/**
 * Finished exports by what they were made from, least recently used dropped
 * first once the bytes held pass the bound: a report downloaded again
 * unchanged (the reviewer, then the city, then the drafter once more) is
 * served without rendering. Identical requests in flight share one render.
 */
export class ResultCache<R> {
  private readonly entries = new Map<string, { value: R; bytes: number }>();
  private readonly inFlight = new Map<string, Promise<R>>();
  private held = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: R) => number,
  ) {}

  get bytes(): number {
    return this.held;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value for key, or the one being made, or make() run once for all who ask meanwhile. */
  async get(key: string, make: () => Promise<R>, keep: (value: R) => boolean = () => true): Promise<{ value: R; cached: boolean }> {
    const hit = this.entries.get(key);
    if (hit) {
      // Refreshes its place: a Map iterates in insertion order, so the first entry is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { value: hit.value, cached: true };
    }
    const pending = this.inFlight.get(key);
    if (pending) return { value: await pending, cached: true };
    const made = make();
    this.inFlight.set(key, made);
    try {
      const value = await made;
      if (keep(value)) this.put(key, value);
      return { value, cached: false };
    } finally {
      this.inFlight.delete(key);
    }
  }

  private put(key: string, value: R): void {
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= entry.bytes;
    }
  }
}

/** The cache key: the kind of file, the fonts that print it, the options and the report, hashed. */
export function exportKey(kind: string, fonts: string, options: unknown, data: unknown): string {
  return createHash("sha256").update(JSON.stringify([kind, fonts, options, data])).digest("hex");
}

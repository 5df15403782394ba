import { describe, expect, it } from "vitest";
import { ResultCache, exportKey } from "./cache";
import { ExportQueue } from "./queue";

/** A job that finishes when the test says so. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe("the export queue", () => {
  it("runs at most `concurrency` jobs at once, in order of arrival, and refuses beyond `maxWaiting` with a Retry-After", async () => {
    const gates = Array.from({ length: 5 }, gate);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const queue = new ExportQueue({
      concurrency: 2,
      maxWaiting: 2,
      run: async (i: number) => {
        started.push(i);
        most = Math.max(most, ++running);
        await gates[i]?.opened;
        running--;
        return i * 10;
      },
    });
    const jobs = [0, 1, 2, 3].map((i) => queue.submit(i));
    expect(queue.stats).toEqual({ running: 2, waiting: 2 });
    // Two running, two waiting: the fifth is refused at once, not queued.
    const refused = await queue.submit(4);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    for (const g of gates) g.open();
    expect(await Promise.all(jobs)).toEqual([0, 10, 20, 30].map((value) => ({ ok: true, value })));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
    // Room again once the queue has drained.
    gates[4]?.open();
    expect(await queue.submit(4)).toEqual({ ok: true, value: 40 });
  });

  it("frees the slot of a job that fails, and passes the failure to its caller only", async () => {
    const queue = new ExportQueue({
      concurrency: 1,
      maxWaiting: 1,
      run: async (fail: boolean) => {
        if (fail) throw new Error("worker died");
        return "ok";
      },
    });
    const [a, b] = [queue.submit(true), queue.submit(false)];
    await expect(a).rejects.toThrow("worker died");
    expect(await b).toEqual({ ok: true, value: "ok" });
    expect(queue.stats).toEqual({ running: 0, waiting: 0 });
  });
});

describe("the export cache", () => {
  const bytes = (s: string) => s.length;

  it("serves an identical request from the cache, and identical requests in flight share one render", async () => {
    const cache = new ResultCache<string>(100, bytes);
    let renders = 0;
    const render = async () => {
      renders++;
      return "pdf-bytes";
    };
    const key = exportKey("pdf", "fonts", { version: "public" }, { header: { year: 2020 } });
    const [first, second] = await Promise.all([cache.get(key, render), cache.get(key, render)]);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect((await cache.get(key, render)).cached).toBe(true);
    expect(renders).toBe(1);
  });

  it("keys on the content, the fonts and the options", () => {
    const base = exportKey("pdf", "fonts-a", { version: "public" }, { header: { year: 2020 } });
    expect(exportKey("pdf", "fonts-a", { version: "public" }, { header: { year: 2020 } })).toBe(base);
    expect(exportKey("pdf", "fonts-b", { version: "public" }, { header: { year: 2020 } })).not.toBe(base);
    expect(exportKey("pdf", "fonts-a", { version: "submission" }, { header: { year: 2020 } })).not.toBe(base);
    expect(exportKey("pdf", "fonts-a", { version: "public" }, { header: { year: 2021 } })).not.toBe(base);
    expect(exportKey("docx", "fonts-a", { version: "public" }, { header: { year: 2020 } })).not.toBe(base);
  });

  it("holds at most its byte bound, dropping the least recently used first, and keeps no refusal", async () => {
    const cache = new ResultCache<string>(10, bytes);
    await cache.get("a", async () => "aaaa");
    await cache.get("b", async () => "bbbb");
    await cache.get("a", async () => "never"); // a is now the most recently used
    await cache.get("c", async () => "cccc"); // 12 bytes > 10: b goes
    expect(cache.bytes).toBe(8);
    expect((await cache.get("a", async () => "new")).cached).toBe(true);
    expect((await cache.get("b", async () => "bbbb")).cached).toBe(false);
    expect(cache.bytes).toBeLessThanOrEqual(10);
    // Larger than the whole bound: served, not kept.
    expect(await cache.get("huge", async () => "x".repeat(11))).toEqual({ value: "x".repeat(11), cached: false });
    expect(cache.size).toBe(2);
    await cache.get("busy", async () => "no", (v) => v !== "no");
    expect((await cache.get("busy", async () => "yes")).value).toBe("yes");
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleEngine } from "@/lib/pdf/engine/bundle.mjs";
import { pdfText } from "@/lib/pdf/testing/poppler";
import { PdfWorkerPool } from "./pool";

const root = mkdtempSync(join(tmpdir(), "fazhi-export-pool-"));
const demo: unknown = JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8"));
let pool: PdfWorkerPool;

beforeAll(async () => {
  pool = new PdfWorkerPool(join(process.cwd(), "lib/export-queue/worker.cjs"), await bundleEngine(join(root, "engine")), 1);
}, 120_000);
afterAll(() => pool.close());

describe("the export workers", () => {
  it("export in a worker thread with the bundled engine, and name the font files they print with", async () => {
    const result = await pool.run({ data: demo, options: { version: "submission" } });
    if (!result.ok) throw new Error("the demo report no longer exports");
    expect(Buffer.isBuffer(result.pdf)).toBe(true);
    expect(result.fileName).toContain("报送版");
    const file = join(root, "worker.pdf");
    writeFileSync(file, result.pdf);
    expect(pdfText(file, 1)).toContain("洛政〔xxxx〕xx号");
    expect(await pool.fonts()).toMatch(/\.(ttf|otf|ttc)/i);
  });

  it("answer a report that is not even a draft with its issues, and go on", async () => {
    const bad = await pool.run({ data: { header: { year: "二〇二〇" } }, options: {} });
    expect(bad.ok).toBe(false);
    expect((await pool.run({ data: demo, options: {} })).ok).toBe(true);
  });

  it("fail only the export whose worker dies mid-render, and render the next one on a new worker", async () => {
    const running = pool.run({ data: demo, options: {} });
    // Ends the worker while it renders, as a crash or the memory limit would.
    await pool.close();
    await expect(running).rejects.toThrow(/导出线程意外退出|terminated/);
    const next = await pool.run({ data: demo, options: {} });
    expect(next.ok).toBe(true);
  });
});

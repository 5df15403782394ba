import * as zlib from "node:zlib";
import * as worker from "./docx-worker";
import { afterEach, describe, expect, it, vi } from "vitest";
import { importReportFile } from "./import-file";
import { IMPORT_MESSAGES } from "./messages";
import { ZIP_LIMITS } from "./zip-guard";
import { bombXml, docx, small, zip } from "./test-zip";

// Every inflate the guard does is recorded, so a test can see what it was allowed to produce.
vi.mock("node:zlib", async (original) => {
  const real = await original<typeof import("node:zlib")>();
  return { ...real, inflateRawSync: vi.fn(real.inflateRawSync) };
});
// And every document handed to the parser's worker.
vi.mock("./docx-worker", async (original) => {
  const real = await original<typeof import("./docx-worker")>();
  return { ...real, convertDocx: vi.fn(real.convertDocx) };
});
const inflate = vi.mocked(zlib.inflateRawSync);
const convert = vi.mocked(worker.convertDocx);
afterEach(() => {
  inflate.mockClear();
  convert.mockClear();
});

const TYPES = small("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

describe("a .docx that inflates far beyond its size (a zip bomb)", () => {
  it("is refused from its directory when it declares the 200 MB, before anything is inflated or parsed", async () => {
    const { data, size } = await bombXml();
    const bytes = zip([TYPES, { name: "word/document.xml", data, size }]);
    expect(bytes.byteLength).toBeLessThan(10 * 1024 * 1024);
    expect(await importReportFile(bytes, "炸弹.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.docxTooLarge });
    expect(inflate).not.toHaveBeenCalled();
    expect(convert).not.toHaveBeenCalled();
  });

  it("is refused when its directory lies about the size, inflating no more than the size it claimed", async () => {
    const { data } = await bombXml();
    const claimed = 4096;
    const bytes = zip([TYPES, { name: "word/document.xml", data, size: claimed }]);
    expect(await importReportFile(bytes, "炸弹.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.docxTooLarge });
    // Every inflate was capped at one byte beyond what its entry claimed: memory is bounded by the claims, which are capped.
    const caps = inflate.mock.calls.map(([, options]) => options?.maxOutputLength);
    expect(caps.length).toBeGreaterThan(0);
    expect(Math.max(...caps.map((c) => c ?? Infinity))).toBeLessThanOrEqual(claimed + 1);
    expect(convert).not.toHaveBeenCalled();
  });

  it("is refused when the declared sizes add up beyond the limit, each part small enough", async () => {
    const part = { name: "", data: zlib.deflateRawSync(Buffer.alloc(0)), size: ZIP_LIMITS.maxXmlBytes };
    const parts = Array.from({ length: Math.ceil(ZIP_LIMITS.maxTotalBytes / ZIP_LIMITS.maxXmlBytes) + 1 }, (_, i) => ({ ...part, name: `word/part${i}.xml` }));
    expect(await importReportFile(zip([TYPES, ...parts]), "report.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.docxTooLarge });
    expect(inflate).not.toHaveBeenCalled();
  });

  it(`is refused with more than ${ZIP_LIMITS.maxEntries} entries`, async () => {
    const entries = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => small(`word/p${i}.xml`, "<a/>"));
    expect(await importReportFile(zip(entries), "report.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.docxTooManyParts });
    expect(inflate).not.toHaveBeenCalled();
  });

  it("is called damaged when an entry's bytes run past the end of the file", async () => {
    const bytes = zip([TYPES, small("word/document.xml", "<w:document/>")]);
    const truncated = Buffer.from(bytes);
    truncated.writeUInt32LE(0xfffff, truncated.length - 22 - 46 - "word/document.xml".length + 20);
    expect(await importReportFile(new Uint8Array(truncated), "report.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.badDocx });
  });
});

describe("the Word parser runs where its failure cannot take the server down", () => {
  it("converts a document in its worker", async () => {
    expect(await worker.convertDocx(docx(["一、主要工作", "依法行政。"]))).toEqual({ ok: true, html: "<p>一、主要工作</p><p>依法行政。</p>" });
  });

  it("answers a worker that runs out of memory with a refusal, and the process goes on converting", async () => {
    // Within the archive caps, but more than a worker with a 16 MB heap can parse.
    const large = docx(Array.from({ length: 60_000 }, (_, i) => `第${i}段`));
    expect(await worker.convertDocx(large, { maxOldGenerationSizeMb: 16, timeoutMs: 60_000 })).toEqual({ ok: false, reason: "outOfMemory" });
    expect(await worker.convertDocx(docx(["仍然可以导入。"]))).toMatchObject({ ok: true });
  });
});

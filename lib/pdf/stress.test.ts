import { describe, expect, it } from "vitest";
import { parseReport } from "@/lib/report/parse";
import { partOf } from "@/lib/report/test-parts";
import { laocheng, renderToFile } from "./testing/fixtures";
import { mm } from "./grid";
import { pdfInfo, pdfLines, pdfText } from "./testing/poppler";
import { isWatermarkGrey, rasterRegion, rowsWhere } from "./testing/raster";

const SENTENCE = "坚持以习近平法治思想为指导，深入推进依法行政，加快建设法治政府，群众满意率为97.44%。";

describe("a 30,000-character paragraph", () => {
  it("renders over as many pages as it needs, every page numbered and marked 草稿 (it fails the final schema)", async () => {
    const report = laocheng();
    const item = partOf(report, "measures").items[0];
    if (!item) throw new Error("fixture has no first item");
    item.body = SENTENCE.repeat(Math.ceil(30_000 / SENTENCE.length)).slice(0, 30_000);
    expect(parseReport(report, "final").ok).toBe(false);

    const file = await renderToFile("long-paragraph", report);
    const { pages } = pdfInfo(file);
    // 30,000 characters at 22 × 28 a page need at least 48 pages, plus the rest of the report.
    expect(pages).toBeGreaterThan(48 + 10);
    const lines = pdfLines(file);
    expect(lines).toHaveLength(pages);
    lines.forEach((page, i) => {
      expect(page.map((l) => l.text), `page ${i + 1}`).toContain(`— ${i + 1} —`);
    });
    // The watermark is drawn (not text, see millimetre.test.ts): pale grey ink across the middle of every page.
    const middle = { left: mm(60), right: mm(150), top: mm(110), bottom: mm(190) };
    for (let page = 1; page <= pages; page++) {
      const grey = rowsWhere(rasterRegion(file, page, middle, 36), middle, isWatermarkGrey, 0.05);
      expect(grey.length, `page ${page}`).toBeGreaterThan(10);
    }
    // The document's own text, without the page numbers.
    const all = lines
      .flat()
      .filter((l) => !/^—\s*\d+\s*—$/.test(l.text))
      .map((l) => l.text)
      .join("")
      .replace(/\s+/g, "");
    expect(all.split("深入推进依法行政，加快建设法治政府").length - 1).toBeGreaterThanOrEqual(Math.floor(30_000 / SENTENCE.length));
  });
});

describe("200 items in one section", () => {
  it("renders and numbers them up to （二百）", async () => {
    const report = laocheng();
    const section = partOf(report, "measures", 2);
    section.items = Array.from({ length: 200 }, (_, i) => ({
      id: `bulk-${i}`,
      heading: `第${i + 1}项工作`,
      body: "按照年度工作安排，完成了各项任务。",
      subItems: [],
    }));
    const file = await renderToFile("two-hundred-items", report);
    const text = pdfText(file).replace(/\s+/g, "");
    expect(text).toContain("（一百零五）第105项工作。");
    expect(text).toContain("（二百）第200项工作。");
    expect(pdfInfo(file).pages).toBeGreaterThan(20);
  });
});

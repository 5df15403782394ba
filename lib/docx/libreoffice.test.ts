import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { reportBlocks } from "@/lib/report/blocks";
import { finalReportSchema } from "@/lib/report/schema";
import { blockText } from "@/lib/report/text";
import { pdfLines, pdfText, type TextLine } from "@/lib/pdf/testing/poppler";
import { renderReportDocx } from "./render";
import { docxToPdf, libreOffice } from "./testing/libreoffice";

const laocheng = finalReportSchema.parse(fixture);
const squeeze = (s: string) => s.replace(/\s+/g, "");
const PT_PER_MM = 72 / 25.4;

/**
 * An office without Word opens the file in LibreOffice: it must lay out the
 * same text, in the same order, on the 22-line grid.
 */
describe("the Laocheng DOCX converted to PDF by LibreOffice", () => {
  let pdf = "";
  beforeAll(async () => {
    const soffice = libreOffice();
    if (!soffice) throw new Error("LibreOffice is not installed: run `apt-get install libreoffice-writer-nogui`");
    const docx = join(mkdtempSync(join(tmpdir(), "docx-test-")), "laocheng.docx");
    writeFileSync(docx, await renderReportDocx(laocheng));
    pdf = docxToPdf(soffice, docx);
  }, 180_000);

  it("brings back every paragraph, in order", () => {
    const text = squeeze(pdfText(pdf).replace(/—\s*\d+\s*—/g, ""));
    let at = 0;
    for (const block of reportBlocks(laocheng)) {
      const want = squeeze(blockText(block));
      const found = text.indexOf(want, at);
      expect(found, want.slice(0, 20)).toBeGreaterThanOrEqual(at);
      at = found + want.length;
    }
  });

  it("sets 22 lines on every full body page, inside the type area, numbered below it", () => {
    const pages = pdfLines(pdf);
    const body = (page: TextLine[]) => page.filter((l) => !/^—\s*\d+\s*—$/.test(l.text.trim()));
    // Every page but the first (title) and the last is full, unless what the next page starts
    // with moved there whole: a 一、 heading never stands alone at a page's foot, and
    // 特此报告。 keeps its signature and date.
    const movedWhole = (n: number) => /^([一二三四五六七八九十]+、|特此报告。)/.test(squeeze(body(pages[n] ?? [])[0]?.text ?? ""));
    const full = pages.map((page, n) => ({ page, n })).filter(({ n }) => n > 0 && n < pages.length - 1 && !movedWhole(n + 1));
    expect(full.length).toBeGreaterThan(pages.length / 2);
    for (const { page, n } of full) {
      const lines = body(page);
      expect(lines, `page ${n + 1}`).toHaveLength(22);
      expect(Math.min(...lines.map((l) => l.yMin)) / PT_PER_MM).toBeGreaterThan(36);
      expect(Math.max(...lines.map((l) => l.yMax)) / PT_PER_MM).toBeLessThan(297 - 35 + 1);
    }
    pages.forEach((page, i) => {
      const number = page.find((l) => /^—\s*\d+\s*—$/.test(l.text.trim()));
      expect(squeeze(number?.text ?? ""), `page ${i + 1}`).toBe(`—${i + 1}—`);
      // Odd pages on the right, even pages on the left.
      if (number) expect(i % 2 === 0 ? number.xMin > 297 : number.xMax < 297).toBe(true);
    });
  });

  it("fits 28 characters on a full line", () => {
    const line = pdfLines(pdf)[1]?.find((l) => squeeze(l.text) === "议集体学习《保障农民工工资支付条例》《民法典》等法律法规");
    expect(line).toBeDefined();
  });
});

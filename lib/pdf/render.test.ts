import { beforeAll, describe, expect, it } from "vitest";
import { reportBlocks } from "@/lib/report/blocks";
import { breakUnits } from "./line-break";
import { chars, CHARS_PER_LINE, LINE_PITCH, LINES_PER_PAGE, MARGIN, SIZE, TYPE_AREA } from "./grid";
import { laocheng, renderToFile } from "./testing/fixtures";
import { pdfFonts, pdfInfo, pdfLines, pdfText, type TextLine } from "./testing/poppler";

/** The Laocheng 2020 report, read back from its PDF as a reviewer would check it. */
let file = "";
let pages: TextLine[][] = [];

const PAGE_NUMBER = /^—\s*(\d+)\s*—$/;
const CLOSING = /^[，。、；：？！）》」』”’…—%]/u;
const OPENING = /[（《「『“‘]$/u;
const RIGHT_EDGE = MARGIN.left + TYPE_AREA.width;
const bodyLines = (page: TextLine[]) => page.filter((l) => !PAGE_NUMBER.test(l.text));
/** Width in body characters, counting half-width digits and letters as half (a lower bound: Noto's digits are a little wider). */
const width = (s: string) => Array.from(s).reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
const squash = (s: string) => s.replace(/\s+/g, "");

beforeAll(async () => {
  file = await renderToFile("laocheng", laocheng());
  pages = pdfLines(file);
});

describe("the Laocheng 2020 report as PDF", () => {
  it("is A4 on every page", () => {
    const info = pdfInfo(file);
    expect(info.pages).toBeGreaterThan(10);
    expect(info.sizes).toHaveLength(info.pages);
    for (const size of info.sizes) {
      expect(Math.abs(size.width - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - 842)).toBeLessThanOrEqual(1);
    }
  });

  it("embeds every font, as a subset", () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
  });

  it("prints every paragraph of the report, in order", () => {
    const text = squash(
      pdfText(file)
        .split("\n")
        .filter((l) => !PAGE_NUMBER.test(l.trim()))
        .join(""),
    );
    let from = 0;
    for (const block of reportBlocks(laocheng())) {
      if (block.kind !== "paragraph" && block.kind !== "heading") continue;
      const expected = squash((block.kind === "heading" ? block.number : block.lead ? block.lead.number + block.lead.text : "") + block.text);
      const at = text.indexOf(expected, from);
      expect(at, `missing or out of order: ${expected.slice(0, 30)}…`).toBeGreaterThanOrEqual(from);
      from = at + expected.length;
    }
  });

  it("never starts a line with closing punctuation or ends one with opening punctuation", () => {
    for (const line of pages.flatMap(bodyLines)) {
      expect(line.text, `page ${line.page}`).not.toMatch(CLOSING);
      expect(line.text, `page ${line.page}`).not.toMatch(OPENING);
    }
  });

  it("fills continuation lines to the right edge of the type area, 28 characters when all full-width", () => {
    let full = 0;
    for (const page of pages) {
      const lines = bodyLines(page);
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        // A continuation line starts at the left edge; it is full when its paragraph goes on below it.
        const continues = next && Math.abs(next.xMin - MARGIN.left) < 1 && Math.abs(line.xMin - MARGIN.left) < 1;
        if (!continues) return;
        expect(Math.abs(line.xMax - RIGHT_EDGE), `justified: ${line.text}`).toBeLessThan(1);
        const glyphs = Array.from(line.text);
        if (glyphs.every((c) => c.charCodeAt(0) > 0x2e80)) {
          // Fewer than 28 only when the next unbreakable unit (a character with its punctuation mark, a number) would not have fit.
          const nextUnit = breakUnits(next.text)[0] ?? "";
          const ok = glyphs.length === CHARS_PER_LINE || glyphs.length + width(nextUnit) > CHARS_PER_LINE;
          expect(ok, `${glyphs.length} characters: ${line.text}`).toBe(true);
          full += 1;
        }
      });
    }
    expect(full).toBeGreaterThan(100);
  });

  it("puts 22 lines on every full page, on the grid from 37 mm down", () => {
    pages.forEach((page, i) => {
      const lines = bodyLines(page);
      for (const line of lines) {
        const slot = (line.yMin - MARGIN.top) / LINE_PITCH;
        // Title lines (22 pt) sit on the same grid as body lines; all of them start on a grid line.
        expect(Math.abs(slot - Math.round(slot)), `off grid on page ${i + 1}: ${line.text}`).toBeLessThan(0.15);
        expect(Math.round(slot)).toBeLessThan(LINES_PER_PAGE);
      }
      if (i === pages.length - 1) return;
      const used = Math.round((lines.at(-1)?.yMin ?? 0) - MARGIN.top) / LINE_PITCH + 1;
      const nextFirst = bodyLines(pages[i + 1] ?? [])[0]?.text ?? "";
      // A page ends one line short only when a heading moved over so as not to stand alone at its foot.
      if (/^[一二三四五六七八九十]+、/.test(nextFirst)) expect(Math.round(used)).toBeGreaterThanOrEqual(LINES_PER_PAGE - 1);
      else expect(Math.round(used), `page ${i + 1}`).toBe(LINES_PER_PAGE);
    });
  });

  it("numbers every page — N —, odd pages right and even pages left, one character in", () => {
    pages.forEach((page, i) => {
      const n = i + 1;
      const numbers = page.filter((l) => PAGE_NUMBER.test(l.text));
      expect(numbers, `page ${n}`).toHaveLength(1);
      const [line] = numbers;
      if (!line) return;
      expect(PAGE_NUMBER.exec(line.text)?.[1]).toBe(String(n));
      // Below the type area (millimetre.test.ts measures the 一字线's ink at 7 mm).
      expect(line.yMin).toBeGreaterThan(MARGIN.top + TYPE_AREA.height);
      expect(line.yMin).toBeLessThan(MARGIN.top + TYPE_AREA.height + 25);
      if (n % 2 === 1) expect(Math.abs(line.xMax - (RIGHT_EDGE - SIZE.small))).toBeLessThan(1);
      else expect(Math.abs(line.xMin - (MARGIN.left + SIZE.small))).toBeLessThan(1);
    });
  });

  it("signs on the last page: the organ right-indented two characters, the date below it starting two characters right of it", () => {
    const last = bodyLines(pages.at(-1) ?? []);
    const signature = last.find((l) => l.text === "洛阳市老城区人民政府");
    const date = last.find((l) => l.text === "2021年2月24日");
    expect(signature).toBeDefined();
    expect(date).toBeDefined();
    if (!signature || !date) return;
    expect(date.yMin - signature.yMin).toBeCloseTo(LINE_PITCH, 0);
    expect(Math.abs(signature.xMax - (RIGHT_EDGE - chars(2)))).toBeLessThan(1);
    // §7.3.5.2: the date's first character two characters right of the signature's (its name is the longer of the two).
    expect(Math.abs(date.xMin - (signature.xMin + chars(2)))).toBeLessThan(1);
    // One blank line between the closing line and the signature.
    const closing = last.find((l) => l.text === "特此报告。");
    expect(closing && signature.yMin - closing.yMin).toBeCloseTo(2 * LINE_PITCH, 0);
  });

  it("sets the title centred in two lines, broken after 年度, with the addressee one blank line below", () => {
    const first = bodyLines(pages[0] ?? []);
    expect(first.slice(0, 2).map((l) => l.text)).toEqual(["洛阳市老城区人民政府关于2020年度", "法治政府建设工作情况的报告"]);
    for (const l of first.slice(0, 2)) {
      expect(Math.abs((l.xMin + l.xMax) / 2 - (MARGIN.left + TYPE_AREA.width / 2))).toBeLessThan(2);
    }
    const addressee = first[2];
    expect(addressee?.text).toBe("洛阳市人民政府：");
    expect(Math.abs((addressee?.xMin ?? 0) - MARGIN.left)).toBeLessThan(1);
    expect(((addressee?.yMin ?? 0) - (first[1]?.yMin ?? 0)) / LINE_PITCH).toBeCloseTo(2, 1);
  });

  it("carries no draft watermark, because the report passes the final schema", () => {
    expect(pdfText(file)).not.toContain("草稿");
  });
});

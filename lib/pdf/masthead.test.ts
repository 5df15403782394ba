import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/report/schema";
import { chars, CHAR_PITCH, MARGIN, mm, TYPE_AREA } from "./grid";
import { laocheng, renderToFile } from "./testing/fixtures";
import { pdfCharLines, type PlacedLine } from "./testing/mupdf";
import { pdfLines, pdfText, type TextLine } from "./testing/poppler";
import { isDark, isRed, rasterPage, rowsWhere, type Raster } from "./testing/raster";

/** The 报送版 and the 公开版 of the Laocheng report, read back as a reviewer checks the 版头 (GB/T 9704-2012 §7.2). */
const NUMBER = "洛政〔2021〕5号";
const base = laocheng();
const SIGNER = "王建国";
const report: Report = { ...base, header: { ...base.header, documentNumber: NUMBER, signer: SIGNER } };
const organ = report.header.signatory;
const squash = (s: string) => s.replace(/\s+/g, "");
const LEFT = MARGIN.left;
const RIGHT = MARGIN.left + TYPE_AREA.width;

let submission = "";
let page1: TextLine[] = [];
let publicPage1: TextLine[] = [];
let raster: Raster;
let chars1: PlacedLine[] = [];

beforeAll(async () => {
  submission = await renderToFile("laocheng-submission", report, { version: "submission" });
  page1 = pdfLines(submission)[0] ?? [];
  raster = rasterPage(submission, 1);
  chars1 = pdfCharLines(submission)[0] ?? [];
  publicPage1 = pdfLines(await renderToFile("laocheng-public", report, { version: "public" }))[0] ?? [];
});

const lineWith = (lines: TextLine[], text: string) => lines.find((l) => squash(l.text).includes(squash(text)));
/** The title's first printed line: it starts the title and is not the 标志 (which the title also begins with). */
const titleLine = (lines: TextLine[]) =>
  lines.find((l) => squash(report.header.title).startsWith(squash(l.text)) && squash(l.text).length > squash(organ).length);
/** Top and bottom of the ink within a line's box. */
function inkRows(line: TextLine, test: typeof isDark) {
  const rows = rowsWhere(raster, { left: line.xMin, right: line.xMax, top: line.yMin - 6, bottom: line.yMax + 6 }, test, 0.01);
  return { top: rows[0] ?? NaN, bottom: rows[rows.length - 1] ?? NaN };
}

describe("the 报送版", () => {
  it("prints the organ's name, then the 文号, then the title, on page 1", () => {
    const text = squash(pdfText(submission, 1));
    const title = titleLine(page1);
    expect(title).toBeDefined();
    const at = [organ, NUMBER, title?.text ?? "?"].map((s) => text.indexOf(squash(s)));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("sets the organ's name in red, centred, its top edge 35 mm below the top of the type area", () => {
    const mark = lineWith(page1, organ);
    expect(mark).toBeDefined();
    if (!mark) return;
    expect(Math.abs((mark.xMin + mark.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(2);
    const ink = inkRows(mark, isRed);
    expect(Math.abs(ink.top - (MARGIN.top + mm(35)))).toBeLessThan(mm(1));
  });

  it("sets the 文号 flush left with one character of space, two blank lines below the 标志 and above the title", () => {
    const mark = lineWith(page1, organ);
    const line = lineWith(page1, NUMBER);
    const title = titleLine(page1);
    if (!mark || !line || !title) throw new Error("标志, 文号 or title not found on page 1");
    expect(Math.abs(line.xMin - (LEFT + chars(1)))).toBeLessThan(CHAR_PITCH / 4);
    expect(line.yMax).toBeLessThan(title.yMin);
    // Two blank 3号 lines between the 标志's foot and the 文号's top: about three line pitches between their feet.
    const gap = inkRows(line, isDark).bottom - inkRows(mark, isRed).bottom;
    expect(gap).toBeGreaterThan(2 * (TYPE_AREA.height / 22));
    expect(gap).toBeLessThan(4 * (TYPE_AREA.height / 22));
  });

  it("draws a red rule as wide as the type area 4 mm below the 文号", () => {
    const line = lineWith(page1, NUMBER);
    if (!line) throw new Error("文号 not found");
    const foot = inkRows(line, isDark).bottom;
    const rows = rowsWhere(raster, { left: LEFT + 1, right: RIGHT - 1, top: foot, bottom: foot + mm(8) }, isRed, 0.99);
    expect(rows.length).toBeGreaterThan(0);
    const top = rows[0] ?? NaN;
    expect(Math.abs(top - (foot + mm(4)))).toBeLessThan(mm(0.75));
    // As wide as the type area, and no wider.
    expect(isRed(raster.at(LEFT - 2, top))).toBe(false);
    expect(isRed(raster.at(RIGHT + 2, top))).toBe(false);
  });
});

describe("the 签发人 (§7.2.4)", () => {
  it("stands on the 文号's line, right-aligned with one character of space: 签发人： in 仿宋, the name in 楷体", () => {
    const glyphs = chars1.flatMap((l) => l.chars);
    /** The glyphs that spell a text, one after the other. */
    const spelled = (text: string) => {
      const at = glyphs.findIndex((_, i) => glyphs.slice(i, i + text.length).map((c) => c.c).join("") === text);
      return at < 0 ? null : glyphs.slice(at, at + text.length);
    };
    const [number, label, name] = [spelled(NUMBER)?.[0], spelled("签发人："), spelled(`签发人：${SIGNER}`)?.slice(4)];
    if (!number || !label || !name) throw new Error("文号 or 签发人 not found on page 1");
    for (const c of [...label, ...name]) expect(Math.abs((c?.y ?? NaN) - number.y), c?.c).toBeLessThan(0.1);
    for (const c of label) expect(c?.font, c?.c).not.toMatch(/kai/i);
    for (const c of name) expect(c?.font, c?.c).toMatch(/kai/i);
    const last = name.at(-1);
    expect(Math.abs((last?.x ?? NaN) + CHAR_PITCH - (RIGHT - chars(1)))).toBeLessThan(0.5);
  });

  it("is not printed in the 公开版", () => {
    expect(publicPage1.map((l) => l.text).join("")).not.toContain("签发人");
  });
});

describe("the 公开版", () => {
  it("has no 版头: the title is the first line of page 1, with no 文号 above it", () => {
    const title = titleLine(publicPage1);
    expect(title).toBeDefined();
    expect(publicPage1[0]).toBe(title);
    expect(lineWith(publicPage1, NUMBER)).toBeUndefined();
  });

  it("is what an export gives when no version is asked for", async () => {
    const plain = pdfLines(await renderToFile("laocheng-default", report))[0] ?? [];
    expect(plain).toEqual(publicPage1);
  });
});

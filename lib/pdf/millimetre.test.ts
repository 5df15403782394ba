import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importReportText } from "@/lib/import";
import type { Report } from "@/lib/report/schema";
import { partOf } from "@/lib/report/test-parts";
import { textFields } from "@/lib/report/walk";
import { checkCoverage } from "./coverage";
import { chars, CHAR_PITCH, LETTER_SPACING, LINE_PITCH, MARGIN, mm, SIZE, TYPE_AREA, TYPE_AREA_BOTTOM } from "./grid";
import { laocheng, renderToFile } from "./testing/fixtures";
import { pdfCharLines, type PlacedLine } from "./testing/mupdf";
import { pdfFonts, pdfText } from "./testing/poppler";
import { isDark, isWatermarkGrey, rasterRegion, rowsWhere } from "./testing/raster";

/**
 * GB/T 9704-2012 measured on the rendered pages: glyph origins from mupdf
 * (mutool stext), ink from 600 dpi renders (pdftoppm). Two reports whose
 * signatures and dates differ in length: Laocheng 2020 (署名 longer than the
 * date) and Luoyang 2022, imported from its text (署名 洛阳市人民政府, shorter
 * than its date; a draft, so it also carries the 草稿 watermark).
 */
const RIGHT = MARGIN.left + TYPE_AREA.width;
const TOLERANCE = 0.3; // points, about 0.1 mm

function luoyang(): Report {
  const imported = importReportText(readFileSync(join(process.cwd(), "lib/import/fixtures/luoyang-2022.txt"), "utf8"));
  if (!imported.ok) throw new Error(imported.message);
  return imported.report;
}

/** Laocheng with a (一) lead long enough to fill a whole line in 楷体, quotation marks in it. */
function withLongLead(): Report {
  const report = laocheng();
  const item = partOf(report, "measures").items[0];
  if (!item) throw new Error("fixture has no first item");
  item.heading = "始终坚持党对法治建设的统一领导，把“一把手”负总责落实到推进法治建设的全过程和各方面";
  return report;
}

const fixtures: Record<string, { file: string; pages: PlacedLine[][]; report: Report }> = {};
const squash = (s: string) => s.replace(/\s+/g, "");

beforeAll(async () => {
  const reports = { laocheng: laocheng(), luoyang: luoyang(), longLead: withLongLead() };
  for (const [name, report] of Object.entries(reports)) {
    const file = await renderToFile(`mm-${name}`, report);
    fixtures[name] = { file, pages: pdfCharLines(file), report };
  }
});

const fixture = (name: string) => {
  const f = fixtures[name];
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};
/** The last line with this text (Luoyang's title starts with its signature's words). */
const lastLineOf = (pages: PlacedLine[][], text: string) => pages.flat().findLast((l) => squash(l.text) === squash(text));

describe.each(["laocheng", "luoyang"])("the %s report", (name) => {
  it("sets the date's first character two characters right of the signature's, neither reaching into the two characters kept at the right", () => {
    const { pages, report } = fixture(name);
    const signature = lastLineOf(pages, report.header.signatory);
    const date = pages.flat().find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(squash(l.text)) && l.page === signature?.page);
    if (!signature || !date) throw new Error("signature or date not found");
    const [s0, d0] = [signature.chars[0], date.chars[0]];
    const [s1, d1] = [signature.chars.at(-1), date.chars.at(-1)];
    if (!s0 || !d0 || !s1 || !d1) throw new Error("empty line");
    expect(Math.abs(d0.x - s0.x - chars(2))).toBeLessThan(TOLERANCE);
    // The longer of the two (counting the date from two characters in) ends two characters from the right.
    const rightmost = Math.max(s1.x + CHAR_PITCH, d1.x + CHAR_PITCH);
    expect(Math.abs(rightmost - (RIGHT - chars(2)))).toBeLessThan(TOLERANCE);
    expect(s1.x + CHAR_PITCH).toBeLessThan(RIGHT - chars(2) + TOLERANCE);
    expect(d1.x + CHAR_PITCH).toBeLessThan(RIGHT - chars(2) + TOLERANCE);
  });

  it("puts the page number's 一字线 (its ink) 7 mm below the type area, on odd and even pages", () => {
    const { file, pages } = fixture(name);
    for (const page of [1, 2]) {
      const number = (pages[page - 1] ?? []).find((l) => /^—\d+—$/.test(squash(l.text)));
      const dash = number?.chars[0];
      if (!dash) throw new Error(`no page number on page ${page}`);
      const box = { left: dash.x, right: dash.right, top: TYPE_AREA_BOTTOM, bottom: TYPE_AREA_BOTTOM + mm(15) };
      const ink = rowsWhere(rasterRegion(file, page, box), box, isDark, 0.2);
      expect(ink.length, `page ${page}`).toBeGreaterThan(0);
      expect(Math.abs((ink[0] ?? NaN) - (TYPE_AREA_BOTTOM + mm(7))), `page ${page}: ${((ink[0] ?? NaN) - TYPE_AREA_BOTTOM) / mm(1)} mm`).toBeLessThan(mm(0.25));
    }
  });

  it("starts the first line's glyphs 37 ± 1 mm from the top of the page", () => {
    const { file } = fixture(name);
    const box = { left: MARGIN.left, right: RIGHT, top: mm(25), bottom: mm(50) };
    const top = rowsWhere(rasterRegion(file, 1, box), box, isDark, 0.002)[0] ?? NaN;
    expect(Math.abs(top - mm(37)), `${top / mm(1)} mm`).toBeLessThan(mm(1));
  });
});

describe("a line set wholly in 楷体", () => {
  const kaitiLine = () => {
    const line = fixture("longLead").pages.flat().find((l) => l.chars.length > 20 && l.chars.every((c) => /WenKai|gkai|Kai/i.test(c.font) || /[“”]/.test(c.c)));
    if (!line) throw new Error("no line wholly in 楷体");
    return line;
  };

  it("sits on the body's 22-line grid", () => {
    const line = kaitiLine();
    const body = fixture("longLead").pages[line.page - 1]?.filter((l) => l !== line && l.chars[0]?.size === SIZE.body && /NotoSerif/.test(l.chars[0]?.font ?? "")) ?? [];
    expect(body.length).toBeGreaterThan(5);
    for (const other of body) {
      const steps = ((line.chars[0]?.y ?? NaN) - (other.chars[0]?.y ?? NaN)) / LINE_PITCH;
      expect(Math.abs(steps - Math.round(steps)) * LINE_PITCH, `against “${other.text}”`).toBeLessThan(TOLERANCE);
    }
  });

  it("prints its quotation marks full width, one character of the grid each", () => {
    const line = kaitiLine();
    const advances = line.chars.slice(0, -1).map((c, i) => ({ c: c.c, advance: (line.chars[i + 1]?.x ?? NaN) - c.x }));
    const quotes = advances.filter((a) => /[“”]/.test(a.c));
    expect(quotes.length).toBe(2);
    for (const q of quotes) expect(Math.abs(q.advance - CHAR_PITCH), q.c).toBeLessThan(TOLERANCE);
  });
});

describe("digits in a justified body line", () => {
  /**
   * Lines that justification stretched: body-size lines followed on the same
   * page by the next line of the same paragraph (one line pitch down, not
   * indented). Last lines of paragraphs are set ragged, so they prove nothing.
   */
  const justifiedLines = (pages: PlacedLine[][]) =>
    pages.flatMap((lines) =>
      lines.filter((line, i) => {
        const [first, next] = [line.chars[0], lines[i + 1]?.chars[0]];
        if (!first || !next || first.size !== SIZE.body || next.size !== SIZE.body) return false;
        return Math.abs(next.y - first.y - LINE_PITCH) < TOLERANCE && Math.abs(next.x - MARGIN.left) < TOLERANCE;
      }),
    );
  const isDigit = (c: string) => /^[0-9]$/.test(c);
  const isCjk = (c: string) => /^\p{Script=Han}$/u.test(c);

  it("keeps adjacent digits at their natural advance while the line's CJK glyphs still take the stretch", () => {
    const lines = justifiedLines(fixture("laocheng").pages).filter((l) => l.chars.some((c, i) => isDigit(c.c) && isDigit(l.chars[i + 1]?.c ?? "")));
    // Laocheng's body is full of years and counts (2020年, 12件): enough lines to mean something.
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const last = line.chars.at(-1);
      if (!last) throw new Error("empty line");
      // Still justified: the line ends flush with the type area's right edge.
      expect(Math.abs(last.right - RIGHT), `${line.text} ends at ${last.right}`).toBeLessThan(TOLERANCE);
      line.chars.slice(0, -1).forEach((c, i) => {
        const next = line.chars[i + 1];
        if (!next || !isDigit(c.c) || !isDigit(next.c)) return;
        // Natural advance: the glyph's own width (mupdf's quad, right - x) plus the body's letter spacing; any stretch would add to it.
        expect(next.x - c.x, `${c.c}${next.c} in ${line.text}`).toBeLessThanOrEqual(c.right - c.x + LETTER_SPACING + 0.05);
      });
      // The stretch went somewhere: some CJK pair in the line is wider than its natural advance.
      const stretched = line.chars.slice(0, -1).some((c, i) => {
        const next = line.chars[i + 1];
        return next !== undefined && isCjk(c.c) && isCjk(next.c) && next.x - c.x > c.right - c.x + LETTER_SPACING + 0.01;
      });
      expect(stretched, line.text).toBe(true);
    }
  });
});

describe("the 草稿 watermark", () => {
  it("is drawn, not written: the draft's extracted text has no 草 or 稿 beyond the report's own", async () => {
    const { file, report } = fixture("luoyang");
    const own = (ch: string) => textFields(report).reduce((n, f) => n + [...f.text].filter((c) => c === ch).length, 0);
    const text = pdfText(file);
    expect([...text].filter((c) => c === "草").length).toBe(own("草"));
    expect([...text].filter((c) => c === "稿").length).toBe(own("稿"));
    // It is still there: grey ink across the middle of page 1.
    const box = { left: mm(60), right: mm(150), top: mm(110), bottom: mm(190) };
    const grey = rowsWhere(rasterRegion(file, 1, box, 72), box, isWatermarkGrey, 0.05);
    expect(grey.length).toBeGreaterThan(20);
  });
});

describe("characters the role faces lack", () => {
  it("prints 𠀀 (CJK Ext. B) and 👍 through fallback faces installed on the machine, not as codes", async () => {
    const report = laocheng();
    report.preamble = `${report.preamble}𠀀👍`;
    const coverage = await checkCoverage(report);
    expect(coverage.unprintable).toEqual([]);
    // fonts-hanazono (HanaMinA/B, installed by npm test) has both.
    expect(coverage.missing.map((m) => [m.char, m.fallback?.name])).toEqual([
      ["𠀀", expect.stringMatching(/HanaMin/)],
      ["👍", expect.stringMatching(/HanaMin|Symbola/)],
    ]);
    const file = await renderToFile("mm-rare", report);
    const text = pdfText(file);
    expect(text).toContain("𠀀");
    expect(text).toContain("👍");
    expect(text).not.toContain("〔U+");
    expect(pdfFonts(file).map((f) => f.name).join(" ")).toMatch(/HanaMin/);
  });
});

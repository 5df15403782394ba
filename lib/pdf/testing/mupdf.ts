import { execFileSync } from "node:child_process";

/**
 * Every glyph of a PDF with the place it is drawn at, through mupdf's
 * `mutool draw -F stext` (Debian's mupdf-tools): poppler reports whole
 * words, and the checks of GB/T 9704's distances need single characters.
 * Test support only.
 */
const INSTALL_HINT = "mupdf-tools is not installed: run `apt-get install mupdf-tools` (mutool)";

export interface PlacedChar {
  c: string;
  /** The glyph's origin: x of its advance box's left edge, y of its baseline, in points from the page's top left. */
  x: number;
  y: number;
  /** Right edge of the advance box (the next glyph's origin on an unstretched line). */
  right: number;
  font: string;
  size: number;
}

export interface PlacedLine {
  page: number;
  chars: PlacedChar[];
  text: string;
}

const entity = (s: string) =>
  s.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The lines of each page (index 0 is page 1), each with its characters in drawing order. */
export function pdfCharLines(file: string): PlacedLine[][] {
  let xml: string;
  try {
    xml = execFileSync("mutool", ["draw", "-q", "-F", "stext", "-o", "-", file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
  } catch (e) {
    if (e instanceof Error && "code" in e && e.code === "ENOENT") throw new Error(INSTALL_HINT);
    throw e;
  }
  return xml
    .split("<page ")
    .slice(1)
    .map((chunk, p) =>
      [...chunk.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map((line) => {
        const chars: PlacedChar[] = [];
        for (const f of (line[1] ?? "").matchAll(/<font name="([^"]*)" size="([\d.]+)">([\s\S]*?)<\/font>/g)) {
          for (const ch of (f[3] ?? "").matchAll(/<char quad="([^"]*)" x="([-\d.]+)" y="([-\d.]+)"[^>]*? c="([^"]*)"\/>/g)) {
            const quad = (ch[1] ?? "").split(" ").map(Number);
            chars.push({ c: entity(ch[4] ?? ""), x: Number(ch[2]), y: Number(ch[3]), right: quad[2] ?? NaN, font: f[1] ?? "", size: Number(f[2]) });
          }
        }
        return { page: p + 1, chars, text: chars.map((c) => c.c).join("") };
      }),
    );
}

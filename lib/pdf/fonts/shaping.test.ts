import { readdirSync, readFileSync } from "node:fs";
import { create, type Font, type GlyphRun } from "fontkit";
import { describe, expect, it } from "vitest";
import { fullWidthPunctuation } from "@/lib/report/punctuation";
import { resolveFonts } from "./resolve";

/**
 * patches/fontkit: a run that no lookup of the applied features can change
 * skips OpenType shaping (inertRun). These tests hold the shortcut to what it
 * promises: exactly the glyphs and positions of full shaping, for every role
 * face and for text that shaping does change, and taken for plain Chinese.
 */

const SEEDS = new URL("../../../../shared/seeds/", import.meta.url);
/** A face with no GSUB or GPOS table: shaping falls back to Unicode mark positioning. */
const GKAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";

/** Runs that shaping changes in some face, or that must take the full path. */
const SHAPED = [
  "office affine ffl fi", // liga
  "AVATAR Ta Te Yo WA LT", // kern
  "cafe\u0301 n\u0303 a\u0308\u0304", // combining marks
  "1\u20442 3\u20444 圆周率22\u20447", // fraction slash: frac, numr, dnom
  "한국어 법치", // Hangul shaper
  "سيادة القانون", // Arabic, right to left
  "नियम", // Indic shaper
  "ZWJ\u200d ZWSP\u200b SHY\u00ad VS16✌\ufe0f 👍🏽", // default ignorables, emoji
  "（一）“法治政府”建设——2020年，97.44%；《民法典》…… ＡＢＣ１２３",
];

/** The seeds as published (half-width punctuation, which CJK faces kern) and as the app prints them. */
const published = readdirSync(SEEDS)
  .filter((name) => name.endsWith(".txt"))
  .flatMap((name) => readFileSync(new URL(name, SEEDS), "utf8").split("\n"))
  .map((line) => line.trim())
  .filter((line) => line !== "");
const printed = published.map(fullWidthPunctuation);

/** The layout engine fontkit keeps per font; its patched inertRun decides the shortcut. */
function layoutEngine(font: Font): { inertRun: (run: unknown) => unknown } {
  font.layout("法"); // the engine is created on first layout
  const engine: unknown = Reflect.get(font, "_layoutEngine");
  if (typeof engine !== "object" || engine === null || typeof Reflect.get(engine, "inertRun") !== "function") {
    throw new Error("fontkit is not patched: its layout engine has no inertRun (run npm install)");
  }
  return engine as { inertRun: (run: unknown) => unknown };
}

/** The same file opened twice: once as the app uses it, once with the shortcut turned off. */
function faces(file: string): { fast: Font; full: Font; shortcuts: () => number } {
  const open = () => {
    const font = create(readFileSync(file));
    if (!("layout" in font)) throw new Error(`${file} is a collection`);
    return font;
  };
  const fast = open();
  const full = open();
  const fastEngine = layoutEngine(fast);
  const inertRun = fastEngine.inertRun.bind(fastEngine);
  let taken = 0;
  fastEngine.inertRun = (run) => {
    const result = inertRun(run);
    if (result) taken++;
    return result;
  };
  layoutEngine(full).inertRun = () => null;
  return { fast, full, shortcuts: () => taken };
}

const shape = (run: GlyphRun) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

const setup = resolveFonts();
const files = [...new Set([...Object.values(setup.roles).map((face) => face.file), GKAI])];

describe("shaping shortcut for runs shaping cannot change (patches/fontkit)", () => {
  it.each(files)("gives exactly the glyphs and positions of full shaping: %s", (file) => {
    const { fast, full, shortcuts } = faces(file);
    for (const text of [...SHAPED, ...published, ...printed]) {
      // As textkit asks: no features, left to right.
      expect(shape(fast.layout(text, undefined, undefined, undefined, "ltr")), text).toEqual(shape(full.layout(text, undefined, undefined, undefined, "ltr")));
    }
    // The comparison means something only if the shortcut was taken: most printed lines are plain Chinese.
    expect(shortcuts()).toBeGreaterThan(printed.length / 2);
  });

  it("takes the full path where shaping changes the run, and for marks and fractions", () => {
    const { fast, full, shortcuts } = faces(setup.roles.fangsong.file);
    const unshaped = (text: string) => full.glyphsForString(text).map((g) => [g.id, g.advanceWidth]);
    const shaped = (text: string) => {
      const run = fast.layout(text, undefined, undefined, undefined, "ltr");
      return run.glyphs.map((g, i) => [g.id, run.positions[i]?.xAdvance]);
    };
    // Noto Serif SC joins fi (liga) and kerns A/V and T/a (kern): the output is not the cmap's.
    for (const text of ["office", "AVATAR", "Ta"]) expect(shaped(text), text).not.toEqual(unshaped(text));
    // A combining mark or a fraction slash always goes through shaping, whatever the face does with it.
    for (const text of ["cafe\u0301", "1\u20442"]) shaped(text);
    expect(shortcuts()).toBe(0);
  });
});

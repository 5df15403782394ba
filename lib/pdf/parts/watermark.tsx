import { Canvas } from "@react-pdf/renderer";
import type { LoadedFont } from "../fonts/register";

const SIZE = 160;
/** Where the middle of a CJK character sits above the baseline: ideographs fill the em box from 0.88 em above the baseline to 0.12 em below. */
const INK_MIDDLE_ABOVE_BASELINE = 0.38;

/** The pdfkit drawing calls react-pdf's Canvas hands over, as far as the watermark uses them. */
interface Painter {
  save(): Painter;
  restore(): Painter;
  translate(x: number, y: number): Painter;
  scale(x: number, y: number): Painter;
  rotate(angle: number, options: { origin: [number, number] }): Painter;
  fillOpacity(opacity: number): Painter;
  path(d: string): Painter;
  fill(color: string): Painter;
}

/**
 * A report that does not pass the final checks is still printable, for
 * review, but never passes for the real thing: a large diagonal 草稿 across
 * the middle of every page, pale, drawn first so the text stays readable on
 * top.
 *
 * Drawn as the glyphs' outlines, not as text: text would be extracted with
 * the page's own, and 草 and 稿 would turn up inside its paragraphs in every
 * copy, search and text check. Painted directly (a fixed Canvas) because a
 * rotated box lets react-pdf place it off the page's centre.
 */
export function Watermark({ font, text = "草稿" }: { font: LoadedFont; text?: string }) {
  const run = font.layout(text);
  const scale = SIZE / font.unitsPerEm;
  const paint = (painter: Painter, width: number, height: number) => {
    const [cx, cy] = [width / 2, height / 2];
    let x = cx - (run.advanceWidth * scale) / 2;
    const baseline = cy + INK_MIDDLE_ABOVE_BASELINE * SIZE;
    painter.save().rotate(-45, { origin: [cx, cy] }).fillOpacity(0.35);
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions[i];
      // Font units have y up; the page has y down.
      painter
        .save()
        .translate(x + (position?.xOffset ?? 0) * scale, baseline - (position?.yOffset ?? 0) * scale)
        .scale(scale, -scale)
        .path(glyph.path.toSVG())
        .fill("#b0b0b0")
        .restore();
      x += (position?.xAdvance ?? 0) * scale;
    });
    painter.restore();
    return null;
  };
  return <Canvas fixed paint={paint} style={{ position: "absolute", top: 0, left: 0, right: 0, bottom: 0 }} />;
}

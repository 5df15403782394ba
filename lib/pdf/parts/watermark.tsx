import { Canvas } from "@react-pdf/renderer";
import type { LoadedFont } from "../fonts/register";

const SIZE = 160;
/** Where the middle of a CJK character sits below the em-box top: ideographs fill the em box from 0.88 em above the baseline to 0.12 em below. */
const INK_MIDDLE_ABOVE_BASELINE = 0.38;

/** The pdfkit drawing calls react-pdf's Canvas hands over, as far as the watermark uses them. */
interface Painter {
  font(font: LoadedFont): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  fillOpacity(opacity: number): Painter;
  rotate(angle: number, options: { origin: [number, number] }): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: boolean }): Painter;
}

/**
 * A report that does not pass the final checks is still printable, for
 * review, but never passes for the real thing: a large diagonal 草稿 across
 * the middle of every page, pale, drawn first so the text stays readable on
 * top. Painted directly (a fixed Canvas) because a rotated Text box lets
 * react-pdf place the glyphs off the page's centre.
 */
export function Watermark({ font, text = "草稿" }: { font: LoadedFont; text?: string }) {
  const paint = (painter: Painter, width: number, height: number) => {
    const textWidth = (font.layout(text).advanceWidth * SIZE) / font.unitsPerEm;
    const baseline = (font.ascent / font.unitsPerEm) * SIZE;
    const [cx, cy] = [width / 2, height / 2];
    painter
      .rotate(-45, { origin: [cx, cy] })
      .font(font)
      .fontSize(SIZE)
      .fillColor("#b0b0b0")
      .fillOpacity(0.35)
      .text(text, cx - textWidth / 2, cy - baseline + INK_MIDDLE_ABOVE_BASELINE * SIZE, { lineBreak: false });
    return null;
  };
  return <Canvas fixed paint={paint} style={{ position: "absolute", top: 0, left: 0, right: 0, bottom: 0 }} />;
}

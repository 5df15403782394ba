import { Canvas } from "@react-pdf/renderer";
import { MARGIN, PAGE_NUMBER_TOP, SIZE, TYPE_AREA } from "../grid";

/** §7.5 "空一字": one character of the page number's own size (4号). */
const ONE_CHAR = SIZE.small;

/** The loaded face that prints the numbers (the 宋体 role), as pdfkit and fontkit see it. */
export interface NumeralFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

/** The few pdfkit drawing calls react-pdf's Canvas hands over. */
interface Painter {
  font(font: NumeralFont): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: boolean }): Painter;
}

/**
 * §7.5 页码: 4号 half-width Song numerals between two 一字线, "— 1 —", 7 mm
 * below the type area; odd pages right-aligned with one character of space,
 * even pages left-aligned with one character of space.
 *
 * Why a Canvas and not a Text with a render prop: every render prop makes
 * react-pdf lay out all the remaining content again for every page it cuts
 * (twice the time of the whole document). A fixed Canvas is painted once
 * per page, in page order, so counting its paints gives the page number.
 * Each document element gets its own counter, so it must be rendered once.
 */
export function PageNumbers({ font }: { font: NumeralFont }) {
  let page = 0;
  const paint = (painter: Painter, width: number) => {
    page += 1;
    const text = `— ${page} —`;
    const textWidth = (font.layout(text).advanceWidth * SIZE.small) / font.unitsPerEm;
    const x = page % 2 === 1 ? width - ONE_CHAR - textWidth : ONE_CHAR;
    painter.font(font).fontSize(SIZE.small).fillColor("black").text(text, x, 0, { lineBreak: false });
    return null;
  };
  return (
    <Canvas
      fixed
      paint={paint}
      style={{ position: "absolute", top: PAGE_NUMBER_TOP, left: MARGIN.left, width: TYPE_AREA.width, height: SIZE.small * 1.5 }}
    />
  );
}

import { Canvas } from "@react-pdf/renderer";
import type { LoadedFont } from "../fonts/register";
import { MARGIN, PAGE_NUMBER_RULE_TOP, SIZE, TYPE_AREA, TYPE_AREA_BOTTOM } from "../grid";

/** §7.5 "空一字": one character of the page number's own size (4号). */
const ONE_CHAR = SIZE.small;

/** The loaded face that prints the numbers (the 宋体 role), as pdfkit and fontkit see it. */
export type NumeralFont = LoadedFont;

/** The few pdfkit drawing calls react-pdf's Canvas hands over. */
interface Painter {
  font(font: NumeralFont): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: boolean }): Painter;
}

const RULE = "—";

/** The Canvas spans from the type area's lower edge to below the numbers. */
const CANVAS_HEIGHT = PAGE_NUMBER_RULE_TOP - TYPE_AREA_BOTTOM + SIZE.small * 1.5;

/**
 * How far below the top of pdfkit's text box the 一字线's ink starts: pdfkit
 * puts the baseline one ascent below the y it is given, and the dash's ink
 * top is its glyph's bbox top above the baseline.
 */
function ruleInkOffset(font: NumeralFont): number {
  const dash = font.layout(RULE).glyphs[0];
  const inkTop = dash ? dash.bbox.maxY : 0;
  return ((font.ascent - inkTop) * SIZE.small) / font.unitsPerEm;
}

/**
 * §7.5 页码: 4号 half-width Song numerals between two 一字线, "— 1 —", the
 * 一字线's top 7 mm below the type area (the ink: a face's ascender would
 * otherwise push the glyphs lower); odd pages right-aligned with one
 * character of space, even pages left-aligned with one character of space.
 *
 * Why a Canvas and not a Text with a render prop: every render prop makes
 * react-pdf lay out all the remaining content again for every page it cuts
 * (twice the time of the whole document). A fixed Canvas is painted once
 * per page, in page order, so counting its paints gives the page number.
 * Each document element gets its own counter, so it must be rendered once.
 */
export function PageNumbers({ font }: { font: NumeralFont }) {
  let page = 0;
  const y = PAGE_NUMBER_RULE_TOP - TYPE_AREA_BOTTOM - ruleInkOffset(font);
  const paint = (painter: Painter, width: number) => {
    page += 1;
    const text = `${RULE} ${page} ${RULE}`;
    const textWidth = (font.layout(text).advanceWidth * SIZE.small) / font.unitsPerEm;
    const x = page % 2 === 1 ? width - ONE_CHAR - textWidth : ONE_CHAR;
    painter.font(font).fontSize(SIZE.small).fillColor("black").text(text, x, y, { lineBreak: false });
    return null;
  };
  return (
    <Canvas
      fixed
      paint={paint}
      style={{ position: "absolute", top: TYPE_AREA_BOTTOM, left: MARGIN.left, width: TYPE_AREA.width, height: CANVAS_HEIGHT }}
    />
  );
}

/**
 * GB/T 9704-2012's page in Word's units (twips, 1/20 pt), rounded the way
 * Word stores them. The same numbers as lib/pdf/grid.ts, which works in points.
 */
const TWIPS_PER_MM = 1440 / 25.4;
export const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** §5.1: A4. */
export const PAGE = { width: twips(210), height: twips(297) } as const;

/** §5.2.1: 天头 37 mm, 订口 (left) 28 mm, 26 mm right, 35 mm at the foot. */
export const MARGIN = { top: twips(37), left: twips(28), right: twips(26), bottom: twips(35) } as const;

export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** §5.2.3: 22 lines of 28 characters. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/**
 * The grid's line pitch, rounded down: Word counts the lines a page holds
 * as the type area over the pitch, and 580 would leave room for only 21.
 */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** One character of the grid, in twips: indents are counted in characters (§7.3). */
export const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;
export const chars = (n: number) => Math.round(n * CHAR_PITCH);

/** Half-point sizes (w:sz): 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, small: 28 } as const;

/**
 * The 28 characters a line come from letter spacing, not from docGrid's
 * character pitch: LibreOffice sets a 16 pt character wider than a 15.8 pt
 * grid cell across two cells (13 to 18 characters a line, 25 pages for
 * Laocheng). 16 pt less 0.3 pt fits 28 in 156 mm in Word, WPS and
 * LibreOffice alike. In twentieths of a point (w:spacing).
 */
export const LETTER_SPACING = -6;

/**
 * docGrid's charSpace: what each character's pitch adds to the default
 * (3号) size, in 1/4096 pt, rounded down so that the 28th character always
 * fits on the line.
 */
export const CHAR_SPACE = Math.floor(((CHAR_PITCH / 20 - SIZE.body / 2) * 4096));

/**
 * §7.5: the page number's 一字线 7 mm below the type area. The footer's
 * distance is measured from the page's foot to the bottom of its line,
 * which is one 4号 line tall.
 */
export const FOOTER_DISTANCE = MARGIN.bottom - twips(7) - SIZE.small * 10;

/**
 * The numbers of GB/T 9704-2012 (党政机关公文格式) that place every element
 * of the page, in PDF points. Everything else in lib/pdf is laid out in
 * these units, so the grid is defined once.
 */
const PT_PER_MM = 72 / 25.4;
export const mm = (v: number) => v * PT_PER_MM;

/** §5.1: A4, 210 × 297 mm. */
export const PAGE_SIZE = "A4";

/**
 * §5.2.1: 天头 37 mm, 订口 (left) 28 mm, 版心 156 × 225 mm; what is left
 * is 26 mm on the right and 35 mm at the foot.
 */
export const TYPE_AREA = { width: mm(156), height: mm(225) } as const;
export const MARGIN = { top: mm(37), left: mm(28), right: mm(210 - 28 - 156), bottom: mm(297 - 37 - 225) } as const;

/** Chinese 号 sizes (§5.2.2 and the element rules): 2号 22 pt title, 3号 16 pt body, 4号 14 pt page number and 版记. */
export const SIZE = { title: 22, body: 16, small: 14 } as const;

/** §5.2.3: 22 lines of 28 characters fill the type area. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = TYPE_AREA.height / LINES_PER_PAGE;
export const CHAR_PITCH = TYPE_AREA.width / CHARS_PER_LINE;

/**
 * 16 pt characters at 28 a line leave 0.2 pt each: letter spacing closes
 * the gap (negative, about −0.2 pt). A hair less than exact, so that float
 * rounding can never push the 28th character onto the next line.
 */
export const LETTER_SPACING = CHAR_PITCH - SIZE.body - 0.001;

/**
 * The page box is a hair taller than 22 lines, for the same reason: the
 * 22nd line must always fit. The hair comes out of the foot margin.
 */
export const GRID_SLACK = 0.5;

/** §7.3: indents are counted in characters of the body size ("左空二字", "右空二字"). */
export const chars = (n: number) => n * CHAR_PITCH;

/** The type area's lower edge, from the page's top. */
export const TYPE_AREA_BOTTOM = MARGIN.top + TYPE_AREA.height;

/** §7.5: the page number's 一字线 has its top (its ink, not its text box) 7 mm below the type area. */
export const PAGE_NUMBER_RULE_TOP = TYPE_AREA_BOTTOM + mm(7);

/**
 * A Chinese character's frame (its em box) reaches 0.88 em above the
 * baseline and 0.12 em below it. GB/T 9704 measures from these frames: every
 * face's baseline is set this far below the top of its line box (see
 * fonts/register.ts), so the first line's characters start at the type
 * area's top edge and a line in 楷体 sits on the same grid as one in 仿宋.
 */
export const FRAME_ABOVE_BASELINE = 0.88;

import { StyleSheet } from "@react-pdf/renderer";
import type { FontRole } from "./fonts/roles";
import { chars, GRID_SLACK, LETTER_SPACING, LINE_PITCH, MARGIN, SIZE } from "./grid";

/**
 * react-pdf font stacks per role: the role's face first, then the faces
 * that print characters it lacks (react-pdf picks a face per glyph, the
 * first in the stack that has it).
 */
export type FontStacks = Readonly<Record<FontRole, string[]>>;

/** Line height as react-pdf wants it for a size: a multiple of the size, here always one grid line. */
const onGrid = (size: number) => LINE_PITCH / size;

export function documentStyles(fonts: FontStacks) {
  return StyleSheet.create({
    /** §5.2.1 margins; §5.2.2 3号仿宋 by default; §5.2.3 the 22 × 28 grid. */
    page: {
      paddingTop: MARGIN.top,
      paddingLeft: MARGIN.left,
      paddingRight: MARGIN.right,
      paddingBottom: MARGIN.bottom - GRID_SLACK,
      fontFamily: fonts.fangsong,
      fontSize: SIZE.body,
      lineHeight: onGrid(SIZE.body),
      letterSpacing: LETTER_SPACING,
    },
    /** §7.3.1: 2号小标宋, centred, lines kept on the grid. */
    title: {
      fontFamily: fonts.xiaobiaosong,
      fontSize: SIZE.title,
      lineHeight: onGrid(SIZE.title),
      letterSpacing: 0,
      textAlign: "center",
    },
    /** §7.3.2: one blank line under the title, flush left (顶格). */
    addressee: { marginTop: LINE_PITCH, textAlign: "justify" },
    /** §7.3.3: each paragraph indented two characters, continuation lines flush left, lines justified. */
    paragraph: { textAlign: "justify" },
    /** The indent sits on the first run of a paragraph: react-pdf ignores it on the outer Text of nested runs. */
    indent: { textIndent: chars(2) },
    /** §7.3.3: level 1 (一、) in 黑体, level 2 (（一）) in 楷体, levels 3 and 4 in the body face. */
    heading: { fontFamily: fonts.heiti, textAlign: "justify" },
    kaiti: { fontFamily: fonts.kaiti },
    /** §7.3.4: one blank line under the body, indented two characters. */
    attachments: { marginTop: LINE_PITCH, paddingLeft: chars(2), flexDirection: "row" },
    attachmentLabel: { width: chars(3) },
    attachmentNames: { flexGrow: 1, flexShrink: 1 },
    /** §7.3.5.2 (no seal): signature and date are placed by parts/signature.tsx; neither line is justified. */
    signature: { textAlign: "left" },
  });
}

export type DocumentStyles = ReturnType<typeof documentStyles>;

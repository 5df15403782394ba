import { Text, View } from "@react-pdf/renderer";
import { chars, LINE_PITCH, mm, SIZE, TYPE_AREA } from "../grid";
import type { FontStacks } from "../styles";

/** The red of the 版头: the standard asks for red, not a shade; this is the usual print red. */
export const MASTHEAD_RED = "#E60012";

/** 初号 (42 pt), the usual size of a 发文机关标志, shrunk when a long name would not fit on one line. */
const MARK_MAX = 42;
const markSize = (name: string) => Math.min(MARK_MAX, Math.floor(TYPE_AREA.width / Math.max(1, Array.from(name).length)));

/** §7.2.4: the 发文机关标志's top edge sits 35 mm below the top of the type area. */
export const MARK_TOP = mm(35);
/** §7.2.6: the separator is 4 mm below the 文号. */
export const RULE_GAP = mm(4);
/*
 * The standard's distances run from the characters' frames (their em
 * boxes); every face's baseline is set 0.88 em below the top of its line box
 * (grid.ts FRAME_ABOVE_BASELINE), so a line box of lineHeight 1 is exactly
 * the frame, whatever the face.
 */

/** Thickness of the separator: a printed hairline reads as grey, so a little more than a half point. */
const RULE_WIDTH = 1;

export interface MastheadProps {
  organ: string;
  documentNumber: string;
  /** 签发人's name; empty for none. */
  signer: string;
  fonts: FontStacks;
  print: (t: string) => string;
}

/**
 * The 版头 of the 报送版 (GB/T 9704-2012 §7.2): the 发文机关标志 in red
 * 小标宋, centred; the 发文字号 two blank lines below it — a report goes
 * upward (上行文), so flush left with one character of space; a red rule as
 * wide as the type area 4 mm below the 文号; and two blank lines before the
 * title. On the 文号's line, right-aligned with one character of space, the
 * 签发人 (§7.2.4): "签发人：" in 3号仿宋, the name in 3号楷体.
 */
export function Masthead({ organ, documentNumber, signer, fonts, print }: MastheadProps) {
  const size = markSize(organ);
  return (
    <View wrap={false}>
      <Text style={{ marginTop: MARK_TOP, fontFamily: fonts.xiaobiaosong, fontSize: size, lineHeight: 1, letterSpacing: 0, color: MASTHEAD_RED, textAlign: "center" }}>
        {print(organ)}
      </Text>
      {/* A fixed height keeps the rule in place when the 文号 is still empty. */}
      <View style={{ marginTop: 2 * LINE_PITCH, height: LINE_PITCH, paddingLeft: chars(1), paddingRight: chars(1), flexDirection: "row", justifyContent: "space-between", alignItems: "flex-end" }}>
        <Text style={{ lineHeight: 1, fontSize: SIZE.body }}>{print(documentNumber)}</Text>
        {signer ? (
          <Text style={{ lineHeight: 1, fontSize: SIZE.body }}>
            签发人：<Text style={{ fontFamily: fonts.kaiti }}>{print(signer)}</Text>
          </Text>
        ) : null}
      </View>
      <View style={{ marginTop: RULE_GAP, marginBottom: 2 * LINE_PITCH, height: RULE_WIDTH, width: TYPE_AREA.width, backgroundColor: MASTHEAD_RED }} />
    </View>
  );
}

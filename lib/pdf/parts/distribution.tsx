import { Text, View } from "@react-pdf/renderer";
import { chineseDate } from "@/lib/report/dates";
import type { Report } from "@/lib/report/schema";
import { GRID_SLACK, LINE_PITCH, mm, SIZE } from "../grid";
import type { FontStacks } from "../styles";

type Distribution = Report["header"]["distribution"];

/** §7.4.1 rules: thick (0.35 mm) first and last, thin (0.25 mm) between. */
const THICK = mm(0.35);
const THIN = mm(0.25);
/** §7.4.2/§7.4.3 "左右各空一字", in characters of the 版记's own size (4号). */
const ONE_CHAR = SIZE.small;

export const hasDistribution = (d: Distribution) => Boolean(d.copyTo.trim() || d.issuer.trim() || d.issuedOn);

/** Rows the 版记 takes, one grid line each: 抄送, then 印发机关 with 印发日期. */
const rowsOf = (d: Distribution) => (d.copyTo.trim() ? 1 : 0) + (d.issuer.trim() || d.issuedOn ? 1 : 0);

/** The 版记's height: one grid line per row, and its three rules. */
const distributionHeight = (d: Distribution) => rowsOf(d) * LINE_PITCH + 2 * THICK + THIN;

const withFullStop = (s: string) => (/[。.]$/.test(s) ? s : `${s}。`);

/**
 * §7.4 版记 on the last page, at the foot of the type area between full-width
 * rules, the last rule on the type area's lower edge: 抄送：…。 (左右各空一字),
 * then 印发机关 (左空一字) and "2021年2月25日印发" (右空一字), 4号仿宋.
 *
 * It is the last thing in the flow: a block its own height that cannot be
 * split, so when the last page has no room left it moves to a new page,
 * which then becomes the last page. It grows (flexGrow) into whatever room
 * the last page has left, and the rules sit at its foot. No render prop:
 * react-pdf would lay out the whole document again for every page to
 * resolve one.
 */
export function Distribution({ distribution, fonts, print }: { distribution: Distribution; fonts: FontStacks; print: (t: string) => string }) {
  const copyTo = distribution.copyTo.trim();
  const issuer = distribution.issuer.trim();
  const issuedOn = distribution.issuedOn ? `${chineseDate(distribution.issuedOn)}印发` : "";
  const height = distributionHeight(distribution);
  const row = { fontFamily: fonts.fangsong, fontSize: SIZE.small, lineHeight: LINE_PITCH / SIZE.small, letterSpacing: 0 } as const;
  return (
    <View wrap={false} style={{ height, flexGrow: 1 }}>
      {/* The page box reaches GRID_SLACK below the type area; the last rule sits on the type area's edge. */}
      <View style={{ position: "absolute", left: 0, right: 0, bottom: GRID_SLACK, height, borderTopWidth: THICK, borderBottomWidth: THICK, borderColor: "black" }}>
        {copyTo ? (
          <Text style={[row, { paddingLeft: ONE_CHAR, paddingRight: ONE_CHAR }, issuer || issuedOn ? { borderBottomWidth: THIN, borderColor: "black" } : {}]}>
            {print(`抄送：${withFullStop(copyTo)}`)}
          </Text>
        ) : null}
        {issuer || issuedOn ? (
          <View style={{ flexDirection: "row", justifyContent: "space-between", paddingLeft: ONE_CHAR, paddingRight: ONE_CHAR }}>
            <Text style={row}>{print(issuer)}</Text>
            <Text style={row}>{print(issuedOn)}</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

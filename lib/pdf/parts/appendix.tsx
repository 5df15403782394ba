import { Text, View } from "@react-pdf/renderer";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, figureValue, formatFigure } from "@/lib/report/figures";
import type { Report } from "@/lib/report/schema";
import { chars, LINE_PITCH, mm, SIZE } from "../grid";
import type { DocumentStyles, FontStacks } from "../styles";

/** The appendix's title, also the attachment note's name for it. */
export const appendixTitle = (report: Report) => `${report.header.year ?? ""}年度法治政府建设主要数据`;

/** The figures the office filled in, topic by topic; empty figures are left out rather than printed as blanks. */
export function appendixRows(report: Report) {
  return FIGURE_ENTRIES.flatMap((e) => {
    const value = figureValue(report.figures, e.id);
    return value === null ? [] : [{ topic: FIGURE_CATALOGUE[e.topic].label, label: e.def.label, value: `${formatFigure(value)}${e.def.unit}` }];
  });
}

const RULE = mm(0.25);

/**
 * GB/T 9704 附件: starts a new page; "附件" and its number in 3号黑体 flush
 * left on the first line, the title centred on the third line (2号小标宋),
 * then the table. Here the table lists the year's figures in 4号仿宋.
 */
export function FiguresAppendix({ report, number, styles, fonts }: { report: Report; number?: number; styles: DocumentStyles; fonts: FontStacks }) {
  const rows = appendixRows(report);
  const cell = { fontSize: SIZE.small, lineHeight: LINE_PITCH / SIZE.small, letterSpacing: 0, paddingLeft: 4, paddingRight: 4 } as const;
  const border = { borderColor: "black", borderBottomWidth: RULE } as const;
  return (
    <View break>
      <Text style={{ fontFamily: fonts.heiti }}>{number ? `附件${number}` : "附件"}</Text>
      <Text style={[styles.title, { marginTop: LINE_PITCH, marginBottom: LINE_PITCH }]}>{appendixTitle(report)}</Text>
      <View style={{ borderTopWidth: RULE, borderLeftWidth: RULE, borderColor: "black" }}>
        <View style={[{ flexDirection: "row", fontFamily: fonts.heiti }, border]}>
          <Text style={[cell, { width: chars(8), borderRightWidth: RULE }]}>类别</Text>
          <Text style={[cell, { flexGrow: 1, flexBasis: 0, borderRightWidth: RULE }]}>项目</Text>
          <Text style={[cell, { width: chars(6), textAlign: "right", borderRightWidth: RULE }]}>数值</Text>
        </View>
        {rows.map((r, i) => (
          <View key={i} style={[{ flexDirection: "row" }, border]} wrap={false}>
            <Text style={[cell, { width: chars(8), borderRightWidth: RULE }]}>{r.topic}</Text>
            <Text style={[cell, { flexGrow: 1, flexBasis: 0, borderRightWidth: RULE }]}>{r.label}</Text>
            <Text style={[cell, { width: chars(6), textAlign: "right", borderRightWidth: RULE }]}>{r.value}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

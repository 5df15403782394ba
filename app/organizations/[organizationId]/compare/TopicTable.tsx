import { formatFigure } from "@/lib/report/figures";
import { formatChange, formatPercent, shownUnit, type FigureRow, type TopicComparison, type YearCell } from "@/lib/report/year-comparison";
import type { FigureKind } from "@/lib/report/figures";
import { YearChart } from "./YearChart";

const ARROWS = { up: "↑", down: "↓", same: "→" } as const;
const WORDS = { up: "增加", down: "减少", same: "持平" } as const;
/** Read out by screen readers instead of the arrow; the arrow and the sign show it on screen and on grey paper. */
const VISUALLY_HIDDEN = { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } as const;
const CHARTS: readonly { kind: FigureKind; suffix: string; unit: string }[] = [
  { kind: "count", suffix: "", unit: "" },
  { kind: "amount", suffix: "（金额）", unit: "" },
  { kind: "rate", suffix: "（比率）", unit: "%" },
];

/** Whether a row states anything in the years shown. */
export const hasValue = (row: FigureRow) => row.cells.some((c) => c.kind !== "none");

/** One topic: a table of every row given, and a chart per kind of the exact values (words as written stay in the table). */
export function TopicTable({ topic, rows, years }: { topic: TopicComparison; rows: FigureRow[]; years: number[] }) {
  const two = years.length === 2;
  const yearHeader = (y: number, i: number) => (two ? `${i === 0 ? "去年" : "今年"}（${y}年）` : `${y}年`);
  const charted = (kind: FigureKind) =>
    rows.filter((r) => r.figure.def.kind === kind && r.values.some((v) => v !== null)).map((r) => ({ label: r.figure.def.label, values: r.values }));
  const written = rows.reduce((n, r) => n + r.cells.filter((c) => c.kind === "written").length, 0);
  return (
    <section className="card" aria-label={topic.label}>
      <h2>{topic.label}</h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">数据项</th>
            {years.map((y, i) => (
              <th scope="col" key={y} style={{ textAlign: "right" }}>
                {yearHeader(y, i)}
              </th>
            ))}
            <th scope="col" style={{ textAlign: "right" }}>
              变化
            </th>
            <th scope="col" style={{ textAlign: "right" }}>
              变化率
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.figure.id} row={row} />
          ))}
        </tbody>
      </table>
      {written > 0 && <p className="muted">本主题有{written}个数值以约数填写，按原文显示，不计算变化，也不画入图表。</p>}
      {CHARTS.map(({ kind, suffix, unit }) => {
        const data = charted(kind);
        if (data.length === 0) return null;
        const title = `${topic.label}${suffix}`;
        return <YearChart key={kind} title={title} years={years} rows={data} unit={unit} log={kind !== "rate" && spread(data) >= 100} />;
      })}
    </section>
  );
}

/** How many times the largest value exceeds the smallest non-zero one. */
function spread(rows: { values: (number | null)[] }[]): number {
  const values = rows.flatMap((r) => r.values).filter((v): v is number => v !== null && v > 0);
  return values.length === 0 ? 1 : Math.max(...values) / Math.min(...values);
}

function Cell({ cell, unit }: { cell: YearCell; unit: string }) {
  if (cell.kind === "none") return <span className="muted">—</span>;
  if (cell.kind === "exact") return <>{`${formatFigure(cell.value)}${unit}`}</>;
  // As the report wrote it: 500余 plus the unit unless the words already end with it.
  const text = cell.text.endsWith(unit) ? cell.text : `${cell.text}${unit}`;
  return <span title="约数，按报告原文显示">{text}</span>;
}

function Row({ row }: { row: FigureRow }) {
  const { figure, cells, change } = row;
  const unit = shownUnit(figure.def);
  return (
    <tr>
      <th scope="row" style={{ fontWeight: 400 }}>
        {figure.def.label}
        {figure.custom && <span className="muted">（自定义）</span>}
      </th>
      {cells.map((cell, i) => (
        <td key={i} style={{ textAlign: "right" }}>
          <Cell cell={cell} unit={unit} />
        </td>
      ))}
      <td style={{ textAlign: "right", whiteSpace: "nowrap" }}>
        {change ? (
          <span title={WORDS[change.direction]}>
            <span aria-hidden="true">{ARROWS[change.direction]} </span>
            <span style={VISUALLY_HIDDEN}>{WORDS[change.direction]}</span>
            {formatChange(change, figure)}
          </span>
        ) : row.changeNotComputed ? (
          <span className="muted">含约数</span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td style={{ textAlign: "right" }}>{change ? formatPercent(change.percent) : <span className="muted">—</span>}</td>
    </tr>
  );
}

import type { RollUpRow, RollUpUnit } from "@/lib/report/roll-up";

/**
 * A figure's ranking as horizontal bars, drawn as inline SVG on the server:
 * no chart library to ship to the browser, it prints, and it works without
 * JavaScript. The bars are decoration for the ordered list beside them
 * (aria-hidden), which is what a screen reader reads. Approximate values are
 * listed apart: a bar for "500余" would draw a precision the report does not claim.
 */
export function RankingChart({ row, units, year }: { row: RollUpRow; units: readonly RollUpUnit[]; year: number }) {
  const unit = row.figure.kind === "rate" ? "%" : row.figure.unit;
  const ranked = row.cells
    .map((c, i) => ({ cell: c, name: units[i]?.name ?? "" }))
    .filter((x) => x.cell.exact !== null)
    .sort((a, b) => (a.cell.rank ?? 0) - (b.cell.rank ?? 0));
  const written = row.cells.map((c, i) => ({ cell: c, name: units[i]?.name ?? "" })).filter((x) => x.cell.exact === null && x.cell.value !== null);
  const max = Math.max(1, ...ranked.map((x) => x.cell.exact ?? 0));
  const barHeight = 22;
  const labelWidth = 150;
  const width = 640;
  return (
    <section className="card" id="ranking" aria-label={`${row.figure.label}排名`}>
      <h2>
        {year}年度{row.figure.label}排名
      </h2>
      {ranked.length === 0 ? (
        <p className="muted">没有单位填写准确数值。</p>
      ) : (
        <div style={{ display: "flex", gap: "1.5rem", flexWrap: "wrap" }}>
          <ol aria-label="排名">
            {ranked.map((x) => (
              <li key={x.name} value={x.cell.rank ?? undefined}>
                {x.name} {x.cell.value}
                {unit}
                {x.cell.last !== null && <span className="muted">（上年 {x.cell.last}）</span>}
              </li>
            ))}
          </ol>
          <svg aria-hidden="true" width={width} height={ranked.length * (barHeight + 6)} style={{ maxWidth: "100%" }}>
            {ranked.map((x, i) => {
              const w = Math.max(2, ((x.cell.exact ?? 0) / max) * (width - labelWidth - 80));
              const y = i * (barHeight + 6);
              return (
                <g key={x.name}>
                  <text x={labelWidth - 6} y={y + barHeight * 0.72} textAnchor="end" fontSize="13">
                    {x.name}
                  </text>
                  <rect x={labelWidth} y={y} width={w} height={barHeight} fill="#b3261e" opacity={0.8} />
                  <text x={labelWidth + w + 6} y={y + barHeight * 0.72} fontSize="13">
                    {x.cell.value}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      )}
      {written.length > 0 && <p className="muted">约数（不参与排名）：{written.map((x) => `${x.name} ${x.cell.value}`).join("、")}</p>}
    </section>
  );
}

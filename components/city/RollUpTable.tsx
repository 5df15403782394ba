import Link from "next/link";
import { formatTotal, statedRows, type RollUpRow, type RollUpTable as Table } from "@/lib/report/roll-up";

const unitOf = (row: RollUpRow) => (row.figure.kind === "rate" ? "%" : row.figure.unit);

function TotalCell({ row }: { row: RollUpRow }) {
  const t = row.total;
  return (
    <td className="rollup-total">
      <strong>{formatTotal(t)}</strong>
      {t.kind === "rate" && t.basis && <div className="muted">由数量重新计算：{t.basis}</div>}
      {t.approximateUnits > 0 && <div className="muted">另有约数 {t.approximateUnits} 个单位</div>}
    </td>
  );
}

/**
 * 汇总: one row a figure, one column a unit, with the total and last year's.
 * Each value links to the sentence of the unit's report that states it.
 */
export function RollUpTable({ table, rankHref }: { table: Table; rankHref: (figureId: string) => string }) {
  const rows = statedRows(table);
  if (rows.length === 0) return <p className="muted">所选范围内，没有单位的报告（已报送）填写了数据。</p>;
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="list card" aria-label="数据汇总">
        <thead>
          <tr>
            <th>数据项</th>
            {table.units.map((u) => (
              <th key={u.organizationId}>{u.name}</th>
            ))}
            <th>合计</th>
            <th>上年合计</th>
            <th>排名</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.figure.id} data-figure={row.figure.id}>
              <th scope="row">
                {row.figure.label}（{unitOf(row)}）
              </th>
              {row.cells.map((c, i) => {
                const unit = table.units[i];
                const href = unit?.reportId ? `/reports/${unit.reportId}?figure=${encodeURIComponent(row.figure.id)}#figure-sentences` : null;
                return (
                  <td key={unit?.organizationId ?? i} data-unit={unit?.name}>
                    {c.value === null ? "—" : href ? <Link href={href} aria-label={`${unit?.name}${row.figure.label}${c.value}`}>{c.value}</Link> : c.value}
                    {c.last !== null && <div className="muted">上年 {c.last}</div>}
                  </td>
                );
              })}
              <TotalCell row={row} />
              <td>{row.total.last ?? "—"}</td>
              <td>
                <Link href={rankHref(row.figure.id)}>排名</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

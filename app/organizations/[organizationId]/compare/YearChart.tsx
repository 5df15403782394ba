"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartRow {
  label: string;
  /** One value per year, in the order of `years`; null where there is none. */
  values: (number | null)[];
}

// Alternating hue and lightness, so neighbouring years differ in grey print too.
const COLOURS = ["#b0272d", "#57606a", "#e8a0a3", "#0b57d0", "#1f2328", "#9ec5fe"];

/**
 * A grouped bar chart: one group per figure, one bar per year. Bars run
 * sideways so the figures' long Chinese labels stay readable. The table
 * above it carries the exact values. `log` is for counts whose sizes differ
 * by orders of magnitude (50846 records beside 4 trainings), where a linear
 * axis would show one bar and nothing else.
 */
export function YearChart({ title, years, rows, unit, log }: { title: string; years: number[]; rows: ChartRow[]; unit: string; log: boolean }) {
  // A log scale has no place for 0: such a bar is left out (the table shows it).
  const plotted = (v: number | null | undefined) => (v === null || v === undefined || (log && v <= 0) ? null : v);
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(years.map((y, i) => [`${y}年`, plotted(r.values[i])])) }));
  return (
    <figure role="img" aria-label={`${title}各年度对比图`} style={{ margin: "0.5rem 0 1rem" }}>
      <ResponsiveContainer width="100%" height={70 + rows.length * (8 + 12 * years.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit={unit} tick={{ fontSize: 12 }} {...(log ? { scale: "log" as const, domain: [0.8, "auto"] as const, allowDataOverflow: true } : {})} />
          <YAxis type="category" dataKey="label" interval={0} width={190} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {years.map((y, i) => (
            <Bar key={y} dataKey={`${y}年`} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {log && <figcaption className="muted">对数刻度：数值相差悬殊的数据项在同一图中也能看出各年度的增减；为 0 的数据不画出。</figcaption>}
    </figure>
  );
}

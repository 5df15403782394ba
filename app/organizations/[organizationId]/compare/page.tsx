import Link from "next/link";
import { notFound } from "next/navigation";
import { formatFigure } from "@/lib/report/figures";
import { compareYears, formatChange, formatPercent, yearRange, type FigureRow, type TopicComparison } from "@/lib/report/year-comparison";
import { db } from "@/lib/server/db";
import { requireOrganization } from "@/lib/server/auth/current-actor";
import { listReports } from "@/lib/server/reports/list-reports";
import { yearFigures } from "@/lib/server/years/year-figures";
import { YearChart } from "./YearChart";

export const dynamic = "force-dynamic";

/** Wider ranges make tables nobody can read. */
const MAX_YEARS = 10;

const ARROWS = { up: "↑", down: "↓", same: "→" } as const;
const WORDS = { up: "增加", down: "减少", same: "持平" } as const;
/** Read out by screen readers instead of the arrow; the arrow and the sign show it on screen and on grey paper. */
const VISUALLY_HIDDEN = { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" } as const;

function parseYear(value: string | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

/** 对比各年度数据: every figure per year, the change from the first year to the last, a chart per topic. */
export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { organizationId } = await params;
  await requireOrganization(organizationId, "read");
  const org = (await listReports(db(), [organizationId]))[0];
  if (!org) notFound();
  const reportYears = org.reports.map((r) => r.year).sort((a, b) => a - b);
  const query = await searchParams;
  const newest = reportYears[reportYears.length - 1] ?? new Date().getFullYear() - 1;
  const from = parseYear(query.from) ?? reportYears[reportYears.length - 2] ?? newest;
  const to = parseYear(query.to) ?? newest;
  const years = yearRange(from, to);
  const tooWide = years.length > MAX_YEARS;
  const shown = tooWide ? years.slice(-MAX_YEARS) : years;
  const comparison = compareYears(await yearFigures(db(), organizationId, shown), shown);
  const choices = yearRange(Math.min(from, to, reportYears[0] ?? newest), Math.max(from, to, newest));

  return (
    <>
      <p>
        <Link href={`/organizations/${organizationId}`}>← {org.name} · 各年度报告</Link>
      </p>
      <h1>
        {org.name} · {shown[0]}—{shown[shown.length - 1]}年度数据对比
      </h1>
      <form className="card" style={{ display: "flex", gap: "0.75rem", alignItems: "end", flexWrap: "wrap" }} aria-label="选择年度">
        <YearSelect name="from" label="从" value={from} choices={choices} />
        <YearSelect name="to" label="到" value={to} choices={choices} />
        <button>对比</button>
      </form>
      {tooWide && <p role="status">一次最多对比{MAX_YEARS}个年度，已显示最近的{MAX_YEARS}个年度。</p>}
      {shown.some((y) => !comparison.reported.includes(y)) && (
        <p className="muted">没有报告的年度：{shown.filter((y) => !comparison.reported.includes(y)).map((y) => `${y}年度`).join("、")}（显示为“—”）。</p>
      )}
      <p className="muted">
        变化为{shown[shown.length - 1]}年度与{shown[0]}年度相比；比率类数据的变化以百分点计，不计变化率；上年为0或缺少数据时不计变化率。
      </p>
      {comparison.topics.map((topic) => (
        <TopicTable key={topic.topic} topic={topic} years={shown} />
      ))}
    </>
  );
}

function YearSelect({ name, label, value, choices }: { name: string; label: string; value: number; choices: number[] }) {
  return (
    <div className="field" style={{ marginBottom: 0, width: 140 }}>
      <label htmlFor={`year-${name}`}>{label}</label>
      <select id={`year-${name}`} name={name} defaultValue={value}>
        {choices.map((y) => (
          <option key={y} value={y}>
            {y}年度
          </option>
        ))}
      </select>
    </div>
  );
}

function TopicTable({ topic, years }: { topic: TopicComparison; years: number[] }) {
  const two = years.length === 2;
  const yearHeader = (y: number, i: number) => (two ? `${i === 0 ? "去年" : "今年"}（${y}年）` : `${y}年`);
  const charted = (kind: "count" | "rate") =>
    topic.rows.filter((r) => r.entry.def.kind === kind && r.values.some((v) => v !== null)).map((r) => ({ label: r.entry.def.label, values: r.values }));
  const counts = charted("count");
  const rates = charted("rate");
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
          {topic.rows.map((row) => (
            <Row key={row.entry.id} row={row} />
          ))}
        </tbody>
      </table>
      {counts.length > 0 && <YearChart title={topic.label} years={years} rows={counts} unit="" log={spread(counts) >= 100} />}
      {rates.length > 0 && <YearChart title={`${topic.label}（比率）`} years={years} rows={rates} unit="%" log={false} />}
    </section>
  );
}

/** How many times the largest value exceeds the smallest non-zero one. */
function spread(rows: { values: (number | null)[] }[]): number {
  const values = rows.flatMap((r) => r.values).filter((v): v is number => v !== null && v > 0);
  return values.length === 0 ? 1 : Math.max(...values) / Math.min(...values);
}

function Row({ row }: { row: FigureRow }) {
  const { entry, values, change } = row;
  const unit = entry.def.kind === "rate" ? "%" : entry.def.unit;
  return (
    <tr>
      <th scope="row" style={{ fontWeight: 400 }}>
        {entry.def.label}
      </th>
      {values.map((v, i) => (
        <td key={i} style={{ textAlign: "right" }}>
          {v === null ? <span className="muted">—</span> : `${formatFigure(v)}${unit}`}
        </td>
      ))}
      <td style={{ textAlign: "right", whiteSpace: "nowrap" }}>
        {change ? (
          <span title={WORDS[change.direction]}>
            <span aria-hidden="true">{ARROWS[change.direction]} </span>
            <span style={VISUALLY_HIDDEN}>{WORDS[change.direction]}</span>
            {formatChange(change, entry)}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td style={{ textAlign: "right" }}>{change ? formatPercent(change.percent) : <span className="muted">—</span>}</td>
    </tr>
  );
}

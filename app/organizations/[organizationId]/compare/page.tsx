import Link from "next/link";
import { notFound } from "next/navigation";
import { compareYears, yearRange } from "@/lib/report/year-comparison";
import { db } from "@/lib/server/db";
import { requireOrganization } from "@/lib/server/auth/current-actor";
import { yearSources } from "@/lib/server/collection/year-sources";
import { YearSourcesList } from "@/components/city/YearSourcesList";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { listReports } from "@/lib/server/reports/list-reports";
import { yearFigures } from "@/lib/server/years/year-figures";
import { TopicTable, hasValue } from "./TopicTable";

export const dynamic = "force-dynamic";

/** Wider ranges make tables nobody can read. */
const MAX_YEARS = 10;

function parseYear(value: string | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : null;
}

/**
 * 对比各年度数据: every figure per year (the catalogue's and the custom ones
 * that apply to the organization), the change from the first year to the
 * last, a chart per topic. Figures no year states are left out unless asked
 * for: the catalogue has over a hundred, and most offices state a third.
 */
export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<{ from?: string; to?: string; all?: string }>;
}) {
  const { organizationId } = await params;
  const actor = await requireOrganization(organizationId, "read");
  const org = (await listReports(db(), [organizationId]))[0];
  if (!org) notFound();
  const reportYears = org.reports.map((r) => r.year).sort((a, b) => a - b);
  const query = await searchParams;
  const newest = reportYears[reportYears.length - 1] ?? new Date().getFullYear() - 1;
  const from = parseYear(query.from) ?? reportYears[reportYears.length - 2] ?? newest;
  const to = parseYear(query.to) ?? newest;
  const showAll = query.all === "1";
  const years = yearRange(from, to);
  const tooWide = years.length > MAX_YEARS;
  const shown = tooWide ? years.slice(-MAX_YEARS) : years;
  const comparison = compareYears(await yearFigures(db(), organizationId, shown, actor), shown, await customFiguresFor(db(), organizationId));
  const choices = yearRange(Math.min(from, to, reportYears[0] ?? newest), Math.max(from, to, newest));
  const topics = comparison.topics.map((topic) => ({ topic, rows: showAll ? topic.rows : topic.rows.filter(hasValue) })).filter((t) => t.rows.length > 0);
  const hidden = comparison.topics.reduce((n, t) => n + t.rows.filter((r) => !hasValue(r)).length, 0);
  const range = `from=${shown[0]}&to=${shown[shown.length - 1]}`;
  const base = `/organizations/${organizationId}/compare`;

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
        {showAll && <input type="hidden" name="all" value="1" />}
        <button>对比</button>
      </form>
      {tooWide && <p role="status">一次最多对比{MAX_YEARS}个年度，已显示最近的{MAX_YEARS}个年度。</p>}
      {shown.some((y) => !comparison.reported.includes(y)) && (
        <p className="muted">没有报告的年度：{shown.filter((y) => !comparison.reported.includes(y)).map((y) => `${y}年度`).join("、")}（显示为“—”）。</p>
      )}
      <p className="muted">
        变化为{shown[shown.length - 1]}年度与{shown[0]}年度相比；比率类数据的变化以百分点计，不计变化率；上年为0或缺少数据时不计变化率。
        {comparison.writtenCells > 0 && `共有${comparison.writtenCells}个数值以约数填写（如“500余”），按报告原文显示，单独计数，不参与变化计算，也不画入图表。`}
      </p>
      <p>
        {showAll ? (
          <Link href={`${base}?${range}`}>只显示有数据的数据项</Link>
        ) : (
          hidden > 0 && (
            <>
              <span className="muted">所选年度都未填写的{hidden}个数据项未显示。</span> <Link href={`${base}?${range}&all=1`}>显示全部数据项</Link>
            </>
          )
        )}
      </p>
      {topics.length === 0 && <p role="status">所选年度的报告都没有填写数据。</p>}
      {topics.map(({ topic, rows }) => (
        <TopicTable key={topic.topic} topic={topic} rows={rows} years={shown} />
      ))}
      <YearSourcesList sources={await yearSources(db(), actor, organizationId, shown)} />
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

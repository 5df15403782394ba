import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { followsUnits, yearParam } from "@/lib/server/rollup/follows-units";
import { rollUpFor } from "@/lib/server/rollup/roll-up-for";
import { statedTopics } from "@/lib/db/roll-up-table";
import { statedRows } from "@/lib/report/roll-up";
import { RollUpTable } from "@/components/city/RollUpTable";
import { RankingChart } from "@/components/city/RankingChart";

export const dynamic = "force-dynamic";

type Params = { year?: string; topic?: string; figure?: string };

/** 数据汇总: every figure across the units for a year, totals, last year's, a ranking per figure. */
export default async function RollUpPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  if (!followsUnits(actor)) notFound();
  const params = await searchParams;
  const year = yearParam(params.year);
  const topic = params.topic?.slice(0, 100) || undefined;
  const [{ parentName, table }, topics] = await Promise.all([rollUpFor(db(), actor, { year, topic }), statedTopics(db(), actor.organizationId, year)]);
  const rows = statedRows(table);
  const ranked = rows.find((r) => r.figure.id === params.figure) ?? rows[0];
  const query = (extra: Record<string, string>) => new URLSearchParams({ year: String(year), ...(topic ? { topic } : {}), ...extra }).toString();
  const notCounted = table.units.filter((u) => u.reportId === null);
  return (
    <>
      <p>
        <Link href={`/overview?year=${year}`}>← 下级单位报告总览</Link>
      </p>
      <h1>
        {parentName} · {year}年度数据汇总
      </h1>
      <form className="card" style={{ display: "flex", gap: "0.5rem", alignItems: "end", flexWrap: "wrap" }}>
        <div className="field" style={{ marginBottom: 0, maxWidth: 140 }}>
          <label htmlFor="year">年度</label>
          <input id="year" name="year" type="number" defaultValue={year} min={2000} max={2100} />
        </div>
        <div className="field" style={{ marginBottom: 0, maxWidth: 280 }}>
          <label htmlFor="topic">主题</label>
          <select id="topic" name="topic" defaultValue={topic ?? ""}>
            <option value="">全部主题</option>
            {topics.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <button>查看</button>
        <a className="button" href={`/overview/rollup/export?${query({ format: "xlsx" })}`} download>
          下载Excel
        </a>
        <a className="button" href={`/overview/rollup/export?${query({ format: "csv" })}`} download>
          下载CSV
        </a>
      </form>
      <p className="muted">
        数量、金额为各单位准确数值之和；比率由各单位的分子、分母数量合计后重新计算，不取平均；约数（如500余）照录，不计入合计。只汇总已报送（或单位允许提前查看）的报告。
        {notCounted.length > 0 && `未计入：${notCounted.map((u) => u.name).join("、")}（尚未报送）。`}
      </p>
      {ranked && <RankingChart row={ranked} units={table.units} year={year} />}
      <RollUpTable table={table} rankHref={(id) => `/overview/rollup?${query({ figure: id })}#ranking`} />
    </>
  );
}

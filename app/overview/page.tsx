import Link from "next/link";
import { notFound } from "next/navigation";
import { Pager } from "@/components/report/Pager";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { isLate, unitsOverview, type Punctuality } from "@/lib/server/organizations/units-overview";
import { statusLabel } from "@/lib/report/status";
import { RemindButton } from "@/components/city/RemindButton";
import { sendReminderAction } from "./actions";
import { formatDate, formatDateTime } from "@/lib/time/format";

export const dynamic = "force-dynamic";

const PUNCTUALITY: Record<Punctuality, string> = { "on-time": "按时", late: "逾期完成", overdue: "已逾期", pending: "未到期" };
// China time: 公开日期 is stored as the start of the 发布日期 in Beijing.
const fmt = (d: Date | null) => (d ? formatDate(d) : "—");
/** Rows a page shows: a province has hundreds of units; the late ones are counted over all of them. */
const PAGE_SIZE = 50;
/** Late units named in the summary line; the rest are counted. */
const LATE_NAMED = 10;

/** 上级单位总览: every unit's report for a year, its status and whether it came on time. */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ year?: string; page?: string }> }) {
  const actor = await requireActor();
  if (actor.role !== "parentReviewer" && actor.role !== "admin") notFound();
  const params = await searchParams;
  const requested = Number(params.year);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : new Date().getFullYear() - 1;
  const org = await db().organization.findUnique({ where: { id: actor.organizationId } });
  // Two queries whatever the count of units (stored columns only); the rows are then shown a page at a time.
  const units = await unitsOverview(db(), actor.organizationId, year);
  const late = units.filter(isLate);
  const pageCount = Math.max(1, Math.ceil(units.length / PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Math.floor(Number(params.page)) || 1));
  const shown = units.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <>
      <h1>
        {org?.name} · {year}年度下级单位报告总览
      </h1>
      <form className="card" style={{ display: "flex", gap: "0.5rem", alignItems: "end", maxWidth: 360 }}>
        <div className="field" style={{ marginBottom: 0 }}>
          <label htmlFor="year">年度</label>
          <input id="year" name="year" type="number" defaultValue={year} min={2000} max={2100} />
        </div>
        <button>查看</button>
      </form>
      <p style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
        <Link className="button" href={`/overview/rollup?year=${year}`}>
          数据汇总
        </Link>
        <a className="button" href={`/overview/export?year=${year}&format=xlsx`} download>
          下载Excel
        </a>
        <a className="button" href={`/overview/export?year=${year}&format=csv`} download>
          下载CSV
        </a>
        <Link className="button" href={`/overview/late?year=${year}`}>
          打印逾期单位名单
        </Link>
        <Link className="button" href={`/collection?year=${year}`}>
          数据征集
        </Link>
      </p>
      <p className="muted">
        报送期限：次年{org?.reportDue}；公开期限：次年{org?.publishDue}
      </p>
      <p role="status" aria-label="逾期单位">
        逾期报送：{late.length} 个单位
        {late.length > 0 &&
          `（${late
            .slice(0, LATE_NAMED)
            .map((u) => u.name)
            .join("、")}${late.length > LATE_NAMED ? `等${late.length}个` : ""}）`}
      </p>
      <table className="list card" aria-label="下级单位报告">
        <thead>
          <tr>
            <th>单位</th>
            <th>状态</th>
            <th>最后修改</th>
            <th>报送</th>
            <th>公开</th>
            <th>提交审核</th>
            <th>催报</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.organizationId}>
              <td>{u.reportId ? <Link href={`/reports/${u.reportId}`}>{u.name}</Link> : u.name}</td>
              <td>
                <span className="status">{u.status ? statusLabel(u.status) : "未开始"}</span>
              </td>
              <td>{u.updatedAt ? formatDateTime(u.updatedAt) : "—"}</td>
              <td>
                {fmt(u.sentAt)} {PUNCTUALITY[u.sending]}
                {u.daysLate > 0 && `（逾期 ${u.daysLate} 天）`}
              </td>
              <td>
                {fmt(u.publishedAt)} {PUNCTUALITY[u.publishing]}
              </td>
              <td>{u.finalIssues === null ? "—" : u.finalIssues === 0 ? "可提交审核" : `待解决 ${u.finalIssues} 项`}</td>
              <td>{isLate(u) && !u.sentAt ? <RemindButton organizationId={u.organizationId} name={u.name} year={year} action={sendReminderAction} /> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {units.length === 0 && <p className="muted">本单位没有下级单位。</p>}
      <Pager page={page} pageCount={pageCount} href={(p) => `/overview?year=${year}&page=${p}`} />
    </>
  );
}

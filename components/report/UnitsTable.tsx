import Link from "next/link";
import { Pager } from "./Pager";
import { REPORT_STATUSES, statusLabel } from "@/lib/report/status";
import type { UnitsPage } from "@/lib/server/reports/list-units";
import { formatDateTime } from "@/lib/time/format";

/** 下级单位: each unit with its newest report, a page at a time, filtered by name and status (a plain GET form). */
export function UnitsTable({ page, name, status }: { page: UnitsPage; name: string; status: string }) {
  const link = (p: number) => `/?${new URLSearchParams({ ...(name && { name }), ...(status && { status }), page: String(p) }).toString()}`;
  return (
    <section className="card" aria-label="下级单位">
      <h2>下级单位（共{page.total}个）</h2>
      <form style={{ display: "flex", gap: "0.5rem", alignItems: "end", flexWrap: "wrap" }} aria-label="筛选下级单位">
        <div className="field" style={{ marginBottom: 0 }}>
          <label htmlFor="unit-name">单位名称</label>
          <input id="unit-name" name="name" defaultValue={name} maxLength={50} />
        </div>
        <div className="field" style={{ marginBottom: 0 }}>
          <label htmlFor="unit-status">最新报告状态</label>
          <select id="unit-status" name="status" defaultValue={status}>
            <option value="">全部</option>
            <option value="none">暂无报告</option>
            {Object.keys(REPORT_STATUSES).map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <button>筛选</button>
      </form>
      <table className="list">
        <thead>
          <tr>
            <th>单位</th>
            <th>最新年度</th>
            <th>标题</th>
            <th>状态</th>
            <th>字数</th>
            <th>待解决的问题</th>
            <th>最后修改</th>
          </tr>
        </thead>
        <tbody>
          {page.units.map((u) => (
            <tr key={u.id}>
              <td>
                <Link href={`/organizations/${u.id}`}>{u.name}</Link>
              </td>
              <td>{u.latest ? `${u.latest.year}年度` : "—"}</td>
              <td>{u.latest ? <Link href={`/reports/${u.latest.id}`}>{u.latest.title || "（未命名）"}</Link> : <span className="muted">暂无报告</span>}</td>
              <td>{u.latest && <span className="status">{statusLabel(u.latest.status)}</span>}</td>
              <td>{u.latest?.characters ?? "—"}</td>
              <td>{u.latest ? (u.latest.finalIssues === 0 ? "无" : `${u.latest.finalIssues}处`) : "—"}</td>
              <td className="muted">{u.latest ? formatDateTime(u.latest.updatedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.units.length === 0 && <p className="muted">没有符合条件的单位。</p>}
      <Pager page={page.page} pageCount={page.pageCount} href={link} />
    </section>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/permissions";
import { statusLabel } from "@/lib/report/status";
import { db } from "@/lib/server/db";
import { ancestorIds } from "@/lib/server/access/report-target";
import { requireOrganization } from "@/lib/server/auth/current-actor";
import { listReports } from "@/lib/server/reports/list-reports";
import { NextYearForm } from "./NextYearForm";

export const dynamic = "force-dynamic";

/** Statuses after which a report is the record of its year and only read. */
const SETTLED = ["approved", "sent", "published"];

/** 单位的各年度报告: every year with its status; earlier years open read-only. */
export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const actor = await requireOrganization(organizationId, "read");
  const org = (await listReports(db(), [organizationId]))[0];
  if (!org) notFound();
  const target = { organizationId, ancestorIds: await ancestorIds(db(), organizationId) };
  const mayCreate = can(actor, "create", { ...target, status: "draft" });
  const newest = org.reports[0]?.year;
  const years = new Set(org.reports.map((r) => r.year));
  const fromYears = org.reports.map((r) => r.year).filter((y) => !years.has(y + 1));

  return (
    <>
      <h1>
        {org.name} · 各年度报告
        {org.parentName && <span className="muted">（上级：{org.parentName}）</span>}
      </h1>
      <nav aria-label="年度工具" style={{ display: "flex", gap: "0.75rem", marginBottom: "1rem" }}>
        <Link className="button" href={`/organizations/${organizationId}/compare`}>
          对比各年度数据
        </Link>
        {mayCreate && (
          <Link className="button" href={`/organizations/${organizationId}/import`}>
            导入已有报告
          </Link>
        )}
        <Link className="button" href="/search">
          搜索
        </Link>
      </nav>
      <section className="card" aria-label="各年度报告">
        {org.reports.length === 0 ? (
          <p className="muted">本单位还没有报告。可以导入以往年度的报告。</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>年度</th>
                <th>标题</th>
                <th>状态</th>
                <th>最后修改</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {org.reports.map((r) => {
                // An earlier year, or one that went through review, is the record: it opens read-only.
                const readOnly = r.year !== newest || SETTLED.includes(r.status);
                const editable = !readOnly && can(actor, "edit", { ...target, status: r.status });
                return (
                  <tr key={r.id}>
                    <td>{r.year}年度</td>
                    <td>
                      <Link href={`/reports/${r.id}`}>{r.title || "（未命名）"}</Link>
                    </td>
                    <td>
                      <span className="status">{statusLabel(r.status)}</span>
                      {readOnly && <span className="muted">（只读）</span>}
                    </td>
                    <td className="muted">{r.updatedAt.toLocaleString("zh-CN", { hour12: false })}</td>
                    <td style={{ whiteSpace: "nowrap" }}>
                      {editable ? <Link href={`/reports/${r.id}/edit`}>编辑</Link> : <Link href={`/reports/${r.id}`}>查看</Link>}{" "}
                      · <a href={`/reports/${r.id}/pdf`}>下载PDF</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {mayCreate && fromYears.length > 0 && <NextYearForm organizationId={organizationId} fromYears={fromYears} />}
    </>
  );
}

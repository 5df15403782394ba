import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/permissions";
import { db } from "@/lib/server/db";
import { ancestorIds } from "@/lib/server/access/report-target";
import { requireOrganization } from "@/lib/server/auth/current-actor";
import { listReports } from "@/lib/server/reports/list-reports";
import { NextYearForm } from "./NextYearForm";
import { ReportTable } from "@/components/report/ReportTable";
import type { ReportSummary } from "@/lib/server/reports/list-reports";

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
  const readOnly = (r: ReportSummary) => r.year !== newest || SETTLED.includes(r.status);
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
          <ReportTable
            reports={org.reports}
            // An earlier year, or one that went through review, is the record: it opens read-only.
            note={(r) => readOnly(r) && <span className="muted">（只读）</span>}
            actions={(r) => (
              <>
                {!readOnly(r) && can(actor, "edit", { ...target, status: r.status }) ? (
                  <Link href={`/reports/${r.id}/edit`}>编辑</Link>
                ) : (
                  <Link href={`/reports/${r.id}`}>查看</Link>
                )}{" "}
                · <a href={`/reports/${r.id}/pdf`}>下载PDF</a>
              </>
            )}
          />
        )}
      </section>
      {mayCreate && fromYears.length > 0 && <NextYearForm organizationId={organizationId} fromYears={fromYears} />}
    </>
  );
}

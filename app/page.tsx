import Link from "next/link";
import { db } from "@/lib/server/db";
import { listReports } from "@/lib/server/reports/list-reports";
import { requireActor } from "@/lib/server/auth/current-actor";
import { visibleOrganizationIds } from "@/lib/server/organizations/visible-organization-ids";
import { NewReportForm } from "@/components/home/NewReportForm";
import { ReportTable } from "@/components/report/ReportTable";
import { can } from "@/lib/access/permissions";
import { ancestorIds } from "@/lib/server/access/report-target";
import { createReportAction } from "./reports/actions";

// The list changes with every save; never serve it from a build-time cache.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await requireActor();
  // A person sees their own organization and the ones below it, nothing else.
  const organizations = await listReports(db(), await visibleOrganizationIds(db(), actor));
  // Offer only what the person may do: the same rule the actions enforce.
  const ancestry = new Map(await Promise.all(organizations.map(async (o) => [o.id, await ancestorIds(db(), o.id)] as const)));
  const may = (action: "edit" | "create", organizationId: string, status = "draft") =>
    can(actor, action, { organizationId, ancestorIds: ancestry.get(organizationId) ?? [], status });
  return (
    <>
      <h1>各单位法治政府建设年度报告</h1>
      {organizations.length === 0 && <p className="muted">还没有单位。请先运行 npm run db:seed 载入演示数据。</p>}
      {organizations.map((org) => (
        <section key={org.id} className="card" aria-label={org.name}>
          <h2>
            <Link href={`/organizations/${org.id}`}>{org.name}</Link>
            {org.parentName && <span className="muted">（上级：{org.parentName}）</span>}
          </h2>
          {org.reports.length === 0 ? (
            <p className="muted">暂无报告</p>
          ) : (
            <ReportTable
              reports={org.reports}
              actions={(r) =>
                may("edit", org.id, r.status) && (
                  <Link href={`/reports/${r.id}/edit`} aria-label={`编辑${r.year}年度报告`}>
                    编辑
                  </Link>
                )
              }
            />
          )}
          {may("create", org.id) && (
            <NewReportForm organizationId={org.id} organizationName={org.name} defaultYear={new Date().getFullYear() - 1} create={createReportAction} />
          )}
        </section>
      ))}
    </>
  );
}

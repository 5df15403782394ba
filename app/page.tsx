import Link from "next/link";
import { db } from "@/lib/server/db";
import { listReports } from "@/lib/server/reports/list-reports";
import { listUnits } from "@/lib/server/reports/list-units";
import { requireActor } from "@/lib/server/auth/current-actor";
import { organizationTree } from "@/lib/server/organizations/organization-tree";
import { NewReportForm } from "@/components/home/NewReportForm";
import { ReportTable } from "@/components/report/ReportTable";
import { UnitsTable } from "@/components/report/UnitsTable";
import { can } from "@/lib/access/permissions";
import { listTodo } from "@/lib/server/notices/list-todo";
import { TodoList } from "@/components/notices/TodoList";
import { createReportAction } from "./reports/actions";
import { RemindersNotice } from "@/components/city/RemindersNotice";
import { listReminders } from "@/lib/server/reminders/list-reminders";

// The list changes with every save; never serve it from a build-time cache.
export const dynamic = "force-dynamic";

type Params = { name?: string | string[]; status?: string | string[]; page?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The person's own organization with its years, and below it the units they
 * oversee — for a city or a province hundreds of them — a page at a time,
 * each with its newest report's status.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const tree = await organizationTree(db());
  const [visible, ...below] = tree.withDescendants(actor.organizationId);
  const own = visible ? await listReports(db(), [visible]) : [];
  const name = one(params.name)?.trim().slice(0, 50) || undefined;
  const status = one(params.status) || undefined;
  const units = await listUnits(db(), below, { name, status, page: Number(one(params.page)) || 1 });
  // Offer only what the person may do: the same rule the actions enforce.
  const may = (action: "edit" | "create" | "approve", organizationId: string, status = "draft") =>
    can(actor, action, { organizationId, ancestorIds: tree.ancestors(organizationId), status });
  const todo = await listTodo(db(), actor);
  return (
    <>
      <RemindersNotice reminders={await listReminders(db(), actor.organizationId)} />
      <h1>各单位法治政府建设年度报告</h1>
      {/* What waits for the person comes first (待办), then the reports. */}
      <TodoList items={todo} />
      {own.length === 0 && <p className="muted">还没有单位。请先运行 npm run db:seed 载入演示数据。</p>}
      {own.map((org) => (
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
                may("edit", org.id, r.status) ? (
                  <Link href={`/reports/${r.id}/edit`} aria-label={`编辑${r.year}年度报告`}>
                    编辑
                  </Link>
                ) : (
                  may("approve", org.id, r.status) && (
                    <Link href={`/reports/${r.id}`} aria-label={`审核${r.year}年度报告`}>
                      审核
                    </Link>
                  )
                )
              }
            />
          )}
          {may("create", org.id) && (
            <NewReportForm organizationId={org.id} organizationName={org.name} defaultYear={new Date().getFullYear() - 1} create={createReportAction} />
          )}
        </section>
      ))}
      {below.length > 0 && <UnitsTable page={units} name={name ?? ""} status={status ?? ""} />}
    </>
  );
}

import Link from "next/link";
import { db } from "@/lib/server/db";
import { AUDIT_ACTIONS } from "@/lib/server/audit/record-event";
import { AUDIT_PAGE_SIZE, auditEventsFor } from "@/lib/server/audit/list-events";
import { describeEvents } from "@/lib/server/audit/describe-events";
import { administeredAccounts, administeredOrganizations } from "@/lib/server/users/list-accounts";
import { AuditFilters } from "@/components/admin/AuditFilters";
import { Pager } from "@/components/report/Pager";
import { requireAdmin } from "../require-admin";
import { auditHref, readAuditFilter, type SearchParams } from "./search-params";

export const dynamic = "force-dynamic";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin();
  const { typed, filter, errors } = readAuditFilter(await searchParams);
  const [{ events, total }, people, organizations] = await Promise.all([
    auditEventsFor(db(), admin, filter),
    administeredAccounts(db(), admin),
    administeredOrganizations(db(), admin),
  ]);
  const lines = await describeEvents(db(), events);
  const page = filter.page ?? 1;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <h1>审计日志</h1>
      <p>
        <Link href="/admin">返回系统管理</Link>
      </p>
      <AuditFilters
        values={typed}
        errors={errors}
        people={people.map((u) => ({ value: u.username, label: `${u.displayName}（${u.username}）` }))}
        organizations={organizations.map((o) => ({ value: o.id, label: o.name }))}
        actions={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
      />
      <p role="status">
        共 {total} 条，每页 {AUDIT_PAGE_SIZE} 条。 <a href={auditHref("/admin/audit/csv", typed)}>导出CSV</a>
      </p>
      <table className="list card" aria-label="审计日志">
        <thead>
          <tr>
            <th>时间</th>
            <th>人员</th>
            <th>单位</th>
            <th>操作</th>
            <th>报告</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((e) => (
            <tr key={e.id}>
              <td>{e.at}</td>
              <td>{e.who}</td>
              <td>{e.organization}</td>
              <td>{e.action}</td>
              <td>{e.report}</td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length === 0 && <p className="muted">没有符合条件的记录。</p>}
      <Pager page={page} pageCount={pageCount} href={(p) => auditHref("/admin/audit", typed, p)} />
    </>
  );
}

import { db } from "@/lib/server/db";
import { AUDIT_ACTIONS } from "@/lib/server/audit/record-event";
import { AUDIT_PAGE_SIZE, auditEventsFor } from "@/lib/server/audit/list-events";
import { requireAdmin } from "../require-admin";

export const dynamic = "force-dynamic";

const label = (action: string) => (action in AUDIT_ACTIONS ? AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS] : action);

export default async function AuditPage() {
  const admin = await requireAdmin();
  const events = await auditEventsFor(db(), admin);
  return (
    <>
      <h1>审计日志</h1>
      <p className="muted">本单位及下级单位最近 {AUDIT_PAGE_SIZE} 条</p>
      <table className="list card" aria-label="审计日志">
        <thead>
          <tr>
            <th>时间</th>
            <th>用户</th>
            <th>操作</th>
            <th>报告</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.at.toLocaleString("zh-CN", { hour12: false })}</td>
              <td>{e.username ?? "—"}</td>
              <td>{label(e.action)}</td>
              <td>{e.reportId ?? ""}</td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

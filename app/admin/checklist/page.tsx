import Link from "next/link";
import { db } from "@/lib/server/db";
import { ownChecklist } from "@/lib/server/checklist/list-checklist";
import { requireAdmin } from "../require-admin";
import { ChecklistForm, RemoveChecklistItemButton } from "@/components/admin/ChecklistForm";
import { addChecklistItemAction, removeChecklistItemAction } from "./actions";

export const dynamic = "force-dynamic";

/** 报告事项清单: what this organization asks its units' reports to cover; their review checks list each item not reported. */
export default async function ChecklistPage() {
  const admin = await requireAdmin();
  const items = await ownChecklist(db(), admin.organizationId);
  return (
    <>
      <p>
        <Link href="/admin">← 系统管理</Link>
      </p>
      <h1>报告事项清单</h1>
      <p className="muted">下级单位的年度报告需要报告的事项（如深圳《法治政府建设年度报告事项指引》的一级事项）。报告中没有出现某事项的任一关键词时，审查提示会列出该事项。</p>
      <section className="card" aria-label="本单位的报告事项">
        {items.length === 0 ? (
          <p className="muted">还没有事项。</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">事项</th>
                <th scope="col">关键词</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{item.title}</td>
                  <td>{item.keywords.join("、") || "（查找事项名称）"}</td>
                  <td>
                    <RemoveChecklistItemButton id={item.id} title={item.title} action={removeChecklistItemAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-label="新增事项">
        <h2>新增事项</h2>
        <ChecklistForm action={addChecklistItemAction} />
      </section>
    </>
  );
}

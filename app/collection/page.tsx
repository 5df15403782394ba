import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { yearParam } from "@/lib/server/rollup/follows-units";
import { collects } from "@/lib/server/collection/may-collect";
import { departmentRequests, officeRequests } from "@/lib/server/collection/list-collection";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { rollUpFigures } from "@/lib/report/roll-up";
import { NewRequestForm } from "@/components/city/NewRequestForm";
import { RequestStatus } from "@/components/city/RequestStatus";
import { acceptReplyAction, createRequestAction, remindDepartmentAction } from "./actions";

export const dynamic = "force-dynamic";

const day = (d: Date) => d.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });
const STATUS: Record<string, string> = { pending: "待填报", submitted: "已报送", accepted: "已采纳" };

/**
 * 数据征集. An office asks its departments for figures and follows their
 * replies; a department sees what it was asked and answers. Each sees only
 * its side: a department never sees the office's report or other departments' replies.
 */
export default async function CollectionPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActor();
  const year = yearParam((await searchParams).year);
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true, kind: true } });
  const departments = await db().organization.findMany({ where: { parentId: actor.organizationId, kind: "department" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const asked = org.kind === "department" ? await departmentRequests(db(), actor.organizationId) : [];
  const sent = departments.length > 0 ? await officeRequests(db(), actor.organizationId, year) : [];
  const figures = sent.length > 0 || (departments.length > 0 && collects(actor)) ? rollUpFigures(await customFiguresFor(db(), actor.organizationId)) : [];
  const now = new Date();
  return (
    <>
      <h1>
        {org.name} · 数据征集
      </h1>
      {org.kind === "department" && (
        <section className="card" aria-label="收到的数据征集">
          <h2 style={{ marginTop: 0 }}>收到的数据征集</h2>
          {asked.length === 0 && <p className="muted">暂无数据征集。</p>}
          <ul>
            {asked.map((r) => (
              <li key={r.reply.id}>
                <Link href={`/collection/reply/${r.reply.id}`}>
                  {r.office}：{r.title}
                </Link>{" "}
                截止 {day(r.deadline)} · <span className="status">{STATUS[r.reply.status] ?? r.reply.status}</span>
                {r.reply.status === "pending" && r.deadline < now && <strong className="error"> 已逾期</strong>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {departments.length > 0 && (
        <>
          <form className="card" style={{ display: "flex", gap: "0.5rem", alignItems: "end", maxWidth: 360 }}>
            <div className="field" style={{ marginBottom: 0 }}>
              <label htmlFor="year">年度</label>
              <input id="year" name="year" type="number" defaultValue={year} min={2000} max={2100} />
            </div>
            <button>查看</button>
          </form>
          {sent.map((request) => (
            <RequestStatus key={request.id} request={request} figures={figures} now={now} accept={acceptReplyAction} remind={remindDepartmentAction} may={collects(actor)} />
          ))}
          {collects(actor) && <NewRequestForm year={year} figures={figures} departments={departments} action={createRequestAction} />}
        </>
      )}
      {org.kind !== "department" && departments.length === 0 && <p className="muted">本单位下没有标为“部门”的单位。管理员可在“系统管理 → 单位设置”中把下属单位设为部门。</p>}
    </>
  );
}

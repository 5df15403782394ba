import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { isLate, unitsOverview } from "@/lib/server/organizations/units-overview";
import { followsUnits, yearParam } from "@/lib/server/rollup/follows-units";
import { statusLabel } from "@/lib/report/status";
import { PrintButton } from "@/components/city/PrintButton";

export const dynamic = "force-dynamic";

/** 逾期未报送单位名单: late units with whom to call, laid out for paper. */
export default async function LateUnitsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActor();
  if (!followsUnits(actor)) notFound();
  const year = yearParam((await searchParams).year);
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true, reportDue: true } });
  const late = (await unitsOverview(db(), actor.organizationId, year)).filter(isLate);
  const today = new Date().toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });
  return (
    <>
      {/* On paper only the list: the site's header and the buttons stay on screen. */}
      <style>{"@media print { .site-header, .no-print { display: none !important; } main { padding: 0; } }"}</style>
      <p className="no-print">
        <Link href={`/overview?year=${year}`}>← 下级单位报告总览</Link> <PrintButton label="打印名单" />
      </p>
      <h1>
        {org.name}
        {year}年度法治政府建设年度报告逾期单位名单
      </h1>
      <p>
        报送期限：{year + 1}年{org.reportDue.replace("-", "月")}日　统计日期：{today}　逾期单位：{late.length} 个
      </p>
      {late.length === 0 ? (
        <p>没有逾期单位。</p>
      ) : (
        <table className="list" aria-label="逾期单位名单">
          <thead>
            <tr>
              <th>序号</th>
              <th>单位</th>
              <th>状态</th>
              <th>逾期天数</th>
              <th>联系人</th>
              <th>电话</th>
            </tr>
          </thead>
          <tbody>
            {late.map((u, i) => (
              <tr key={u.organizationId}>
                <td>{i + 1}</td>
                <td>{u.name}</td>
                <td>{u.sentAt ? "逾期报送" : u.status ? statusLabel(u.status) : "未开始"}</td>
                <td>{u.daysLate}</td>
                <td>{u.contactName || "（未登记）"}</td>
                <td>{u.contactPhone || "（未登记）"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

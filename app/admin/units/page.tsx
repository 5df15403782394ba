import Link from "next/link";
import { db } from "@/lib/server/db";
import { requireAdmin } from "../require-admin";
import { administeredOrganizationIds } from "@/lib/server/organizations/admin-scope";
import { UnitSettingsForm } from "@/components/city/UnitSettingsForm";
import { setUnitSettingsAction } from "./actions";

export const dynamic = "force-dynamic";

/** 单位设置: kind (政府/部门), the contact 催报 lists, and whether the parent may read drafts. */
export default async function UnitSettingsPage() {
  const actor = await requireAdmin();
  const ids = await administeredOrganizationIds(db(), actor);
  const units = await db().organization.findMany({
    where: { id: { in: ids } },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, kind: true, contactName: true, contactPhone: true, parentReadsDrafts: true },
  });
  return (
    <>
      <p>
        <Link href="/admin">← 系统管理</Link>
      </p>
      <h1>单位设置</h1>
      <p className="muted">联系人和电话列在逾期单位名单上；“部门”是数据征集的对象。上级单位默认自报告报送起才能查看，勾选后可提前查看草稿（内部审核意见仍只在本单位可见）。</p>
      {units.map((u) => (
        <UnitSettingsForm key={u.id} unit={u} action={setUnitSettingsAction} />
      ))}
    </>
  );
}

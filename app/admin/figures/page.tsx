import Link from "next/link";
import { KIND_LABELS, figureLabel, topicLabel, type CustomFigureDef } from "@/lib/report/custom-figures";
import { db } from "@/lib/server/db";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { requireAdmin } from "../require-admin";
import { CustomFigureForm, RemoveFigureButton } from "@/components/admin/CustomFigureForm";
import { createFigureAction, removeFigureAction } from "./actions";
import { topicOptions, sumChoices } from "./choices";

export const dynamic = "force-dynamic";

/**
 * 自定义数据项: the figures this organization asks of its own report and of
 * every unit below it, beyond the catalogue; and, read-only, those the
 * organizations above it ask.
 */
export default async function CustomFiguresPage() {
  const admin = await requireAdmin();
  const definitions = await customFiguresFor(db(), admin.organizationId);
  const own = definitions.filter((d) => d.organizationId === admin.organizationId);
  const inherited = definitions.filter((d) => d.organizationId !== admin.organizationId);
  const names = new Map((await db().organization.findMany({ where: { id: { in: inherited.map((d) => d.organizationId) } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const organization = await db().organization.findUnique({ where: { id: admin.organizationId }, select: { name: true } });
  return (
    <>
      <p>
        <Link href="/admin">← 系统管理</Link>
      </p>
      <h1>自定义数据项</h1>
      <p className="muted">
        {organization?.name}在数据目录之外要求填写的数据项。它们出现在本单位及所有下级单位的报告中，与目录中的数据一样校验（数值是否合理、合计是否一致），并参加各年度数据对比。
      </p>
      <section className="card" aria-label="本单位的自定义数据项">
        <h2>本单位的自定义数据项</h2>
        {own.length === 0 ? <p className="muted">还没有自定义数据项。</p> : <FigureTable figures={own} all={definitions} editable />}
      </section>
      {inherited.length > 0 && (
        <section className="card" aria-label="上级单位的自定义数据项">
          <h2>上级单位的自定义数据项</h2>
          <p className="muted">由上级单位设置，本单位的报告同样需要填写；可以计入本单位数据项的合计。</p>
          <FigureTable figures={inherited} all={definitions} owners={names} />
        </section>
      )}
      <section className="card" aria-label="新增数据项">
        <h2>新增数据项</h2>
        <CustomFigureForm action={createFigureAction} topics={topicOptions(definitions)} sumChoices={sumChoices(definitions)} />
      </section>
    </>
  );
}

function FigureTable({ figures, all, editable = false, owners }: { figures: CustomFigureDef[]; all: CustomFigureDef[]; editable?: boolean; owners?: Map<string, string> }) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th scope="col">名称</th>
          <th scope="col">单位</th>
          <th scope="col">类型</th>
          <th scope="col">所属主题</th>
          <th scope="col">合计</th>
          {owners && <th scope="col">设置单位</th>}
          {editable && <th scope="col">操作</th>}
        </tr>
      </thead>
      <tbody>
        {figures.map((d) => (
          <tr key={d.id}>
            <th scope="row" style={{ fontWeight: 400 }}>
              {d.label}
            </th>
            <td>{d.unit}</td>
            <td>{KIND_LABELS[d.kind]}</td>
            <td>{topicLabel(d.topic)}</td>
            <td>{d.sumOf.length === 0 ? "—" : d.sumOf.map((id) => figureLabel(id, all) ?? "（已删除）").join(" + ")}</td>
            {owners && <td>{owners.get(d.organizationId) ?? "—"}</td>}
            {editable && (
              <td style={{ whiteSpace: "nowrap" }}>
                <Link href={`/admin/figures/${d.id}`}>修改</Link> <RemoveFigureButton action={removeFigureAction} id={d.id} label={d.label} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

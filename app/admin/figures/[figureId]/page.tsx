import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { requireAdmin } from "../../require-admin";
import { CustomFigureForm } from "@/components/admin/CustomFigureForm";
import { updateFigureAction } from "../actions";
import { topicOptions, sumChoices } from "../choices";

export const dynamic = "force-dynamic";

/** 修改自定义数据项: only the organization's own figures; any other id does not exist for this administrator. */
export default async function EditCustomFigurePage({ params }: { params: Promise<{ figureId: string }> }) {
  const admin = await requireAdmin();
  const { figureId } = await params;
  const definitions = await customFiguresFor(db(), admin.organizationId);
  const figure = definitions.find((d) => d.id === figureId && d.organizationId === admin.organizationId);
  if (!figure) notFound();
  const initial = {
    label: figure.label,
    unit: figure.kind === "rate" ? "" : figure.unit,
    topic: figure.topic,
    newTopic: "",
    kind: figure.kind,
    position: String(figure.position),
    sumOf: [...figure.sumOf],
  };
  return (
    <>
      <p>
        <Link href="/admin/figures">← 自定义数据项</Link>
      </p>
      <h1>修改自定义数据项：{figure.label}</h1>
      <p className="muted">修改名称、单位或主题不影响各报告已填写的数值；已计入其他数据项合计的，不能改变类型。</p>
      <section className="card">
        <CustomFigureForm action={updateFigureAction} id={figure.id} initial={initial} topics={topicOptions(definitions)} sumChoices={sumChoices(definitions, figure.id)} />
      </section>
    </>
  );
}

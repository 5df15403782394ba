import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireOrganization } from "@/lib/server/auth/current-actor";
import { ImportForm } from "./ImportForm";

export const dynamic = "force-dynamic";

/** 导入已有报告: a report written before the app becomes a draft, after the user has checked what was recognised. */
export default async function ImportPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  await requireOrganization(organizationId, "create");
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { name: true } });
  if (!org) notFound();
  return (
    <>
      <p>
        <Link href={`/organizations/${organizationId}`}>← {org.name} · 各年度报告</Link>
      </p>
      <h1>导入已有报告</h1>
      <p className="muted">
        上传以往年度报告的 .txt 或 .docx 文件，或粘贴全文。系统识别各部分和其中的数据，核对后再创建草稿；创建前不会保存任何内容。
      </p>
      <ImportForm organizationId={organizationId} />
    </>
  );
}

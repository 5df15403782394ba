import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { getReport } from "@/lib/server/reports/get-report";
import { reportBlocks } from "@/lib/report/blocks";
import { statusLabel } from "@/lib/report/status";
import { ReportPreview } from "@/components/report/ReportPreview";

export const dynamic = "force-dynamic";

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const stored = await getReport(db(), reportId);
  if (!stored) notFound();
  return (
    <>
      <h1>
        {stored.organizationName} {stored.year}年度报告 <span className="status">{statusLabel(stored.status)}</span>
      </h1>
      <ReportPreview blocks={reportBlocks(stored.report)} />
    </>
  );
}

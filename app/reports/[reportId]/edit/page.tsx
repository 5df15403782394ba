import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { getReport } from "@/lib/server/reports/get-report";
import { ReportEditor } from "@/components/editor/ReportEditor";

// Always the current version: the editor's saves are conditional on the version it starts from.
export const dynamic = "force-dynamic";

export default async function EditReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const stored = await getReport(db(), reportId);
  if (!stored) notFound();
  return (
    <ReportEditor
      reportId={stored.id}
      title={`${stored.organizationName} ${stored.year}年度报告`}
      initial={{ report: stored.report, version: stored.version, savedAt: stored.updatedAt.toISOString() }}
      storageIssues={stored.storageIssues}
    />
  );
}

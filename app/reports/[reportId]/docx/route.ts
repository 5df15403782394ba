import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { authorizeRequest } from "@/lib/server/auth/current-actor";
import { getReport } from "@/lib/server/reports/get-report";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { recordEvent } from "@/lib/server/audit/record-event";
import { contentDisposition } from "@/lib/pdf/file-name";
import { busyResponse, exportFailedResponse, exportService } from "@/lib/export-queue";
import { fieldLabel } from "@/lib/report/outline";

// The docx package builds the zip with Node buffers; every download is authorized and read fresh.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The report as a Word document (GB/T 9704 page, 22 × 28 grid) for editing in WPS/Word, behind the export queue (lib/export-queue). */
export async function GET(_request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const auth = await authorizeRequest(reportId, "export");
  if (!auth.ok) {
    if (auth.refusal.status === "unauthenticated") redirect(`/login?next=/reports/${reportId}/docx`);
    return new Response("报告不存在", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const stored = await getReport(db(), reportId);
  if (!stored) return new Response("报告不存在", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const customFigures = await customFiguresFor(db(), stored.organizationId);
  let queued;
  try {
    queued = await exportService().docx(stored.report, { customFigures });
  } catch (e) {
    return exportFailedResponse(e);
  }
  if (!queued.ok) return busyResponse(queued.retryAfterSeconds);
  const result = queued.value;
  if (!result.ok) {
    const lines = result.issues.map((i) => `${fieldLabel(i.path, stored.report)}：${i.message}`).join("\n");
    return new Response(`报告内容有误，无法导出：\n${lines}`, { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  await recordEvent(db(), { action: "export", actor: auth.actor, reportId, detail: result.draft ? "DOCX（草稿）" : "DOCX" });
  return new Response(new Uint8Array(result.docx), {
    headers: { "content-type": DOCX_TYPE, "content-disposition": contentDisposition(result.fileName), "cache-control": "no-store" },
  });
}

import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { authorizeRequest } from "@/lib/server/auth/current-actor";
import { getReport } from "@/lib/server/reports/get-report";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { recordEvent } from "@/lib/server/audit/record-event";
import { contentDisposition } from "@/lib/pdf/file-name";
import { busyResponse, exportFailedResponse, exportService } from "@/lib/export-queue";
import { parsePdfVersion } from "@/lib/pdf/version";
import { fieldLabel } from "@/lib/report/outline";

// react-pdf and the font files need Node, never the edge runtime; every download is authorized and read fresh.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The report as a GB/T 9704 PDF; ?appendix=1 adds the year's figures as an
 * attachment table; ?version=submission gives the 报送版 with its 版头 and
 * 文号 (the 公开版 without them is the default). Rendered by the export
 * workers behind a bounded queue (lib/export-queue): when it is full the
 * answer is 503 with Retry-After; an unchanged report comes from its cache.
 */
export async function GET(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const auth = await authorizeRequest(reportId, "export");
  if (!auth.ok) {
    if (auth.refusal.status === "unauthenticated") redirect(`/login?next=/reports/${reportId}/pdf`);
    return new Response("报告不存在", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const stored = await getReport(db(), reportId);
  if (!stored) return new Response("报告不存在", { status: 404 });
  const query = new URL(request.url).searchParams;
  const version = parsePdfVersion(query.get("version"));
  if (!version) return new Response("版本参数无效：报送版为 version=submission，公开版不带此参数", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const appendix = query.get("appendix") === "1";
  // A report whose custom figures fail their checks is a draft, as 提交审核 would say.
  const customFigures = await customFiguresFor(db(), stored.organizationId);
  let queued;
  try {
    queued = await exportService().pdf(stored.report, { figuresAppendix: appendix, customFigures, version });
  } catch (e) {
    return exportFailedResponse(e);
  }
  if (!queued.ok) return busyResponse(queued.retryAfterSeconds);
  const result = queued.value;
  if (!result.ok) {
    const lines = result.issues.map((i) => `${fieldLabel(i.path, stored.report)}：${i.message}`).join("\n");
    return new Response(`报告内容有误，无法导出：\n${lines}`, { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  await recordEvent(db(), { action: "export", actor: auth.actor, reportId, detail: `PDF${version === "submission" ? "（报送版）" : ""}${result.draft ? "（草稿水印）" : ""}` });
  return new Response(new Uint8Array(result.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(result.fileName),
      "cache-control": "no-store",
    },
  });
}

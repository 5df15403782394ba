import type { SaveReportInput, SaveReportResult } from "@/lib/server/reports/save-report.schema";

/**
 * The autosave over HTTP (app/reports/[reportId]/content/route.ts): the
 * answer is the save's result as JSON, whatever its status. An answer that
 * is not (a 413 in words, a proxy's error page) throws, like a lost
 * connection: the saver keeps the work locally and tries again.
 */
export async function saveReportRequest(input: SaveReportInput): Promise<SaveReportResult> {
  const res = await fetch(`/reports/${encodeURIComponent(input.reportId)}/content`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!res.headers.get("content-type")?.startsWith("application/json")) throw new Error(`保存失败（HTTP ${res.status}）`);
  return (await res.json()) as SaveReportResult;
}

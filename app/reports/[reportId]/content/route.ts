import { autosave } from "@/lib/server/reports/autosave";
import type { RefusalStatus } from "@/lib/server/actions/action.schema";
import { BODY_MESSAGES, readJsonBody, textResponse } from "@/lib/security/request-body";
import { sameOrigin } from "@/lib/security/same-origin";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Each answer's HTTP status; the body is always the result the editor reads (lib/server/reports/save-report.schema.ts). */
const STATUS: Record<RefusalStatus, number> = { invalid: 400, unauthenticated: 401, forbidden: 403, missing: 404, state: 409, conflict: 409, exists: 409 };

/**
 * The editor's autosave: POST the SaveReportInput as JSON. The proxy does
 * not run here (proxy.ts), so this checks what it would: the body's size and
 * form (413/400 in Chinese), and that the request comes from the app's own
 * page (403), as Next.js checks a server action's.
 */
export async function POST(request: Request, { params }: { params: Promise<{ reportId: string }> }) {
  if (!sameOrigin(request.headers)) return textResponse(403, "请求来源无效，请从本系统的页面保存");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const { reportId } = await params;
  // The path names the report too: one that disagrees with the body is not what the editor sends.
  if (typeof body.value !== "object" || body.value === null || (body.value as { reportId?: unknown }).reportId !== reportId) {
    return textResponse(400, BODY_MESSAGES.malformed);
  }
  const result = await autosave(body.value);
  // no-transform: not gzipped. The answer is a few dozen bytes (a conflict's, one report), and setting up
  // the compressor for each of them cost more CPU than the save (bench/load.ts).
  return Response.json(result, { status: result.ok ? 200 : STATUS[result.status], headers: { "cache-control": "no-store, no-transform" } });
}

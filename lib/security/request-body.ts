/**
 * Bodies the app refuses before Next.js reads them, so that a bad request
 * gets a 413 or 400 with a Chinese message instead of Next.js's own 500
 * (issue #20: oversized, empty, non-JSON and broken multipart action bodies
 * all gave 500), with JavaScript or without it (a plain form post).
 *
 * proxy.ts runs this on every POST. It sees a copy of the body (Next.js
 * buffers it for the proxy up to experimental.proxyClientMaxBodySize in
 * next.config.js, set just above MAX_BODY_BYTES so that a body over the limit
 * is seen to be over it), so reading it here leaves the body intact for the
 * action.
 */
/** The largest body: an import's 10 MB file (lib/import MAX_FILE_BYTES) and the form around it; next.config.js's bodySizeLimit says the same. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

const text = (status: 400 | 413, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export const BODY_MESSAGES = {
  tooLarge: `提交的内容过大（超过 ${MAX_BODY_BYTES / 1024 / 1024} MB），未能处理。导入的文件不能超过 10 MB。`,
  malformed: "提交的内容格式有误，未能处理。请刷新页面后重试。",
} as const;

/** The refusal for a POST whose body is too large or cannot be what a form or an action sends; null when it may go on. */
export async function refuseBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) return text(413, BODY_MESSAGES.tooLarge);
  // Kept as sent: a multipart boundary is case-sensitive.
  const type = request.headers.get("content-type") ?? "";
  const isAction = request.headers.has("next-action");
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
  // Other POSTs (none in the app today) are left to their route handlers.
  if (!isAction && !isForm) return null;
  const body = await request.arrayBuffer();
  // A body sent without its length (chunked) is measured here.
  if (body.byteLength > MAX_BODY_BYTES) return text(413, BODY_MESSAGES.tooLarge);
  if (isForm) {
    try {
      await new Response(body, { headers: { "content-type": type } }).formData();
    } catch {
      return text(400, BODY_MESSAGES.malformed);
    }
    return null;
  }
  // A server action called from script: its arguments as JSON.
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return text(400, BODY_MESSAGES.malformed);
  }
  return null;
}

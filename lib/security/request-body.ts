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

/** A refusal in words, never cached: the proxy's and the routes that check their own bodies. */
export const textResponse = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export const BODY_MESSAGES = {
  tooLarge: `提交的内容过大（超过 ${MAX_BODY_BYTES / 1024 / 1024} MB），未能处理。导入的文件不能超过 10 MB。`,
  malformed: "提交的内容格式有误，未能处理。请刷新页面后重试。",
} as const;

/** The refusal for a POST whose body is too large or cannot be what a form or an action sends; null when it may go on. */
export async function refuseBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) return textResponse(413, BODY_MESSAGES.tooLarge);
  // Kept as sent: a multipart boundary is case-sensitive.
  const type = request.headers.get("content-type") ?? "";
  const isAction = request.headers.has("next-action");
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
  // Other POSTs (none in the app today) are left to their route handlers.
  if (!isAction && !isForm) return null;
  const body = await request.arrayBuffer();
  // A body sent without its length (chunked) is measured here.
  if (body.byteLength > MAX_BODY_BYTES) return textResponse(413, BODY_MESSAGES.tooLarge);
  if (isForm) {
    try {
      await new Response(body, { headers: { "content-type": type } }).formData();
    } catch {
      return textResponse(400, BODY_MESSAGES.malformed);
    }
    return null;
  }
  // A server action called from script: its arguments as JSON.
  return jsonOf(body) === MALFORMED ? textResponse(400, BODY_MESSAGES.malformed) : null;
}

const MALFORMED = Symbol("malformed");

/** UTF-8 JSON, or MALFORMED for anything else (an empty body included). */
function jsonOf(bytes: ArrayBuffer | Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return MALFORMED;
  }
}

/**
 * A JSON body for a route handler, which the proxy does not see (the
 * autosave's: proxy.ts): read up to MAX_BODY_BYTES and no further, whatever
 * length the request declares; otherwise the same 413 or 400 as above.
 */
export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const refused = (status: 400 | 413) => ({ ok: false as const, response: textResponse(status, status === 413 ? BODY_MESSAGES.tooLarge : BODY_MESSAGES.malformed) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refused(413);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader?.cancel();
      return refused(413);
    }
    chunks.push(chunk.value);
  }
  const value = jsonOf(Buffer.concat(chunks));
  return value === MALFORMED ? refused(400) : { ok: true, value };
}

import "server-only";
import { contentDisposition } from "@/lib/pdf/file-name";
import { busyResponse } from "@/lib/export-queue";

/**
 * Answers of the public routes. Nothing here asks who is signed in: these
 * are the only routes open to everyone. A page is revalidated on every
 * request (no-cache with an ETag of id and version), so a report reopened
 * after publication disappears at once, also from browsers and proxies.
 */
export const notPublished = () =>
  new Response("未找到公开的报告：报告不存在或尚未公开。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export function htmlResponse(request: Request, html: string, etag?: string): Response {
  const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" };
  if (etag) {
    headers.etag = etag;
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  }
  return new Response(html, { headers });
}

export function fileResponse(bytes: Uint8Array, contentType: string, fileName: string): Response {
  // A fresh copy: the cache keeps its own bytes whatever the response does with these.
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": contentType, "content-disposition": contentDisposition(fileName), "cache-control": "no-cache" },
  });
}

/** A public download: the file, 503 with Retry-After when the export queue is full, or 404. */
export function downloadResponse(file: { bytes: Uint8Array; fileName: string } | { busy: number } | null, contentType: string): Response {
  if (!file) return notPublished();
  return "busy" in file ? busyResponse(file.busy) : fileResponse(file.bytes, contentType, file.fileName);
}

import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { refuseBody } from "@/lib/security/request-body";

/**
 * A fresh nonce per request, in the Content-Security-Policy of both the
 * request (where Next.js finds it while rendering) and the response (where
 * the browser enforces it). Every page is rendered per request (the root
 * layout reads the session), so every page gets its nonce. A POST whose body
 * is too large or malformed is answered here, 413 or 400 in Chinese, before
 * Next.js reads it (lib/security/request-body.ts).
 */
export async function proxy(request: NextRequest) {
  const refused = await refuseBody(request);
  if (refused) return refused;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static files carry no inline script: they get the other headers from next.config.js only. Nor does
  // the autosave's JSON answer, and the proxy's turn cost more than the save itself (its route checks
  // its own body: app/reports/[reportId]/content/route.ts).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|reports/[^/]+/content$).*)" }],
};

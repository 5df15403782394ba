/**
 * Whether a POST comes from one of the app's own pages: its Origin names the
 * host the request was sent to. Browsers send Origin with every POST, so a
 * page elsewhere posting with the user's cookie is told apart. Server
 * actions get this check from Next.js; route handlers that change something
 * (the autosave) make it here. Behind a proxy that rewrites Host, the
 * forwarded host is the one the browser saw.
 */
export function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

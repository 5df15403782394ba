/**
 * The security headers of every page. The Content-Security-Policy allows
 * only this site's own scripts, and inline scripts carrying the request's
 * nonce (Next.js reads the nonce from the policy the proxy puts on the
 * request and adds it to its own inline scripts); styles may be inline,
 * since React writes `style` attributes, which nonces cannot cover. There
 * is no `upgrade-insecure-requests`: many intranet installations serve
 * plain http, where it would break every asset.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

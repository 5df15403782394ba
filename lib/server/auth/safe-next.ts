import "server-only";

/**
 * Where to go after login: a path on this site, or home. The browser, not
 * this code, has the last word on what a Location means, so the candidate is
 * resolved the way a browser resolves it (backslashes read as slashes, tabs
 * and newlines dropped) and kept only when it stays on the same origin.
 * Control characters are refused outright: `/\t/evil.example` reaches the
 * browser as `//evil.example`.
 */
const BASE = "http://same-origin.invalid";

export function safeNext(candidate: unknown): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.length > 2000) return "/";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return "/";
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that still begins with two slashes would be read as a host by whoever joins it again.
  return path.startsWith("//") ? "/" : path;
}

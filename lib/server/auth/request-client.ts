import "server-only";
import type { SessionClient } from "./sessions";

/** What `headers()` gives a server action: enough of the Headers interface to read. */
interface HeaderReader {
  get(name: string): string | null;
}

const first = (value: string | null) => value?.split(",")[0]?.trim() ?? "";

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For
 * entry is the one the proxy in front of the app appended (`next start` on
 * its own fills it with the socket's address when the client sent none). The
 * per-address login throttle relies on it; where the app faces clients with
 * no proxy in front, a client can choose it, and only the per-account lock holds.
 */
export function requestClient(h: HeaderReader): SessionClient {
  const forwarded = h.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  const address = forwarded.at(-1) ?? h.get("x-real-ip")?.trim() ?? "unknown";
  return { address: address.slice(0, 100) || "unknown", userAgent: (h.get("user-agent") ?? "").slice(0, 300) };
}

/**
 * Whether the session cookie must be Secure: always when COOKIE_SECURE=1,
 * else whenever the request came over https — as the proxy in front says
 * (X-Forwarded-Proto) or as the browser's Origin shows.
 */
export function cookieSecure(h: HeaderReader, env: string | undefined = process.env.COOKIE_SECURE): boolean {
  if (env === "1") return true;
  return first(h.get("x-forwarded-proto")).toLowerCase() === "https" || (h.get("origin") ?? "").toLowerCase().startsWith("https://");
}

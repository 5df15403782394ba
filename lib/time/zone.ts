/**
 * The time zone every date and time is shown in: the office's, not the
 * server's (which often runs in UTC) nor the browser's. Asia/Shanghai unless
 * APP_TIME_ZONE names another (lib/env.ts checks it at start-up).
 *
 * The server reads the variable; the browser reads the zone the root layout
 * wrote on <html data-time-zone>, so a client component renders the same
 * text on the server and after hydration.
 */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** Whether Intl knows the zone (an IANA name such as Asia/Shanghai or UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function timeZone(): string {
  if (typeof document !== "undefined") {
    const written = document.documentElement.dataset.timeZone;
    return written && isTimeZone(written) ? written : DEFAULT_TIME_ZONE;
  }
  const configured = typeof process !== "undefined" ? process.env.APP_TIME_ZONE : undefined;
  return configured && isTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;
}

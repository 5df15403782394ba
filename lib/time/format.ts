import { timeZone } from "./zone";
import { isoDateOf } from "@/lib/report/dates";

/**
 * The one way the app writes instants for people: in the office's time zone
 * (lib/time/zone.ts), dates as GB/T 9704 writes them (2021年2月24日, no
 * leading zeros), times on the 24-hour clock. Lists, comments, the audit
 * log, revisions, notices and messages all use these, so no text depends on
 * the server's or the browser's zone or language.
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Intl formatters are slow to build and lists format hundreds of dates: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(zone, f);
  }
  return f;
}

type Instant = Date | string | number;
const toDate = (at: Instant) => (at instanceof Date ? at : new Date(at));

/** The wall-clock reading of an instant in a zone. */
export function wallClock(at: Instant, zone = timeZone()): Parts {
  const out: Parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(zone).formatToParts(toDate(at))) {
    if (p.type in out) out[p.type as keyof Parts] = Number(p.value);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** 2021年2月24日 */
export function formatDate(at: Instant, zone = timeZone()): string {
  const p = wallClock(at, zone);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** 20:41 (or 20:41:05 with seconds) */
export function formatTime(at: Instant, options: { seconds?: boolean } = {}, zone = timeZone()): string {
  const p = wallClock(at, zone);
  return `${pad(p.hour)}:${pad(p.minute)}${options.seconds ? `:${pad(p.second)}` : ""}`;
}

/** 2021年2月24日 20:41 */
export function formatDateTime(at: Instant, options: { seconds?: boolean } = {}, zone = timeZone()): string {
  return `${formatDate(at, zone)} ${formatTime(at, options, zone)}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export function calendarDay(at: Instant, zone = timeZone()): string {
  const p = wallClock(at, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The instant a calendar day (YYYY-MM-DD) starts in the zone; null for a string that is no such day. */
export function dayStart(isoDate: string, zone = timeZone()): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (calendarDay(asUtc, "UTC") !== isoDate) return null;
  // The zone's offset at that moment; asked again at the result, for a day that starts across a clock change.
  const offset = (t: number) => {
    const p = wallClock(t, zone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
  };
  const guess = asUtc - offset(asUtc);
  return new Date(asUtc - offset(guess));
}

/**
 * A date as a person may type it, whatever their browser's language, read as
 * the report's date fields read it (isoDateOf) → 2021-02-24. Anything else is
 * returned as typed, for the schema to point out.
 */
export function normalizeDateInput(typed: string): string {
  return isoDateOf(typed) ?? typed.trim();
}

import { formatDateTime, formatTime } from "@/lib/time/format";

/** Times as the office reads them (lib/time): the same text on the server and in the browser. */
export function clock(iso: string | null): string {
  return iso ? formatTime(iso) : "";
}

export function dateTime(iso: string): string {
  return formatDateTime(iso);
}

export function shown(value: string | number | boolean | null): string {
  if (value === null) return "（无）";
  if (value === "") return "（空）";
  if (typeof value === "number") return Number.isNaN(value) ? "（无效数字）" : String(value);
  return String(value);
}

/** 2021-02-24 → 2021年2月24日: GB/T 9704 writes dates in Arabic numerals without leading zeros. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * A date as people type it — 2021-2-24, 2021/2/24, 2021.2.24, 2021年2月24日,
 * with full-width digits or spaces — as the ISO date the report stores
 * (2021-02-24); null when it is not a date of that shape. Whether the day
 * exists is left to the schema, which says so on the field.
 */
export function isoDateOf(text: string): string | null {
  const half = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/g, "");
  const m = /^(\d{4})(?:[-/.．－／]|年)(\d{1,2})(?:[-/.．－／]|月)(\d{1,2})日?$/.exec(half);
  if (!m) return null;
  return `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
}

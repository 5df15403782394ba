/** 2021-02-24 → 2021年2月24日: GB/T 9704 writes dates in Arabic numerals without leading zeros. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * Heading numbers as GB/T 9704 orders them: 一、 （一） 1. （1）.
 * Numbers are derived from position at render time and never stored,
 * so reordering items can never leave a stale number behind.
 */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一, 105 → 一百零五 (enough for any report). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? "";
    if (d === 0) {
      pendingZero = out !== "";
      return;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    out += (DIGITS[d] ?? "") + unit;
  });
  // 十一 rather than 一十一 when the number starts with ten.
  return out.startsWith("一十") ? out.slice(1) : out;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

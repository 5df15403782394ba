/**
 * Dates as the documents write them. GB/T 9704-2012 prints the 成文日期 in Arabic
 * numerals (2021年2月24日); documents before 2012 spell it out (二〇二一年二月二十四日);
 * websites show ISO dates (2021-02-25) or 2021/2/25. All become ISO 2021-02-24.
 */
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二一 → 2021 (digit by digit, as years are spelt). */
function chineseYear(s: string): number | null {
  let n = 0;
  for (const c of s) {
    const d = DIGIT[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** 二 → 2, 十 → 10, 十二 → 12, 二十四 → 24, 三十一 → 31. */
function chineseSmall(s: string): number | null {
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === "") return null;
  const [, tens = "", ten = "", ones = ""] = m;
  if (tens && !ten) return null;
  const t = ten ? (tens ? (DIGIT[tens] ?? 0) : 1) : 0;
  return t * 10 + (ones ? (DIGIT[ones] ?? 0) : 0);
}

const toInt = (s: string, cn: (s: string) => number | null) => (/^\d+$/.test(s) ? Number(s) : cn(s));

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1990 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const CN_DATE = /^(\d{4}|[〇零Oo一二三四五六七八九]{4})\s?年\s?(\d{1,2}|[一二三十]{1,3})\s?月\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?日$/;
const NUMERIC_DATE = /^(\d{4})\s?[-/.．]\s?(\d{1,2})\s?[-/.．]\s?(\d{1,2})$/;

/** A whole line (or field value) that is one date, as ISO; null when it is anything else. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  const m = CN_DATE.exec(s) ?? NUMERIC_DATE.exec(s);
  if (!m) return null;
  const year = toInt(m[1] ?? "", chineseYear);
  const month = toInt(m[2] ?? "", chineseSmall);
  const day = toInt(m[3] ?? "", chineseSmall);
  if (year === null || month === null || day === null) return null;
  return isoDate(year, month, day);
}

/** 2020 from "2020年度" or "二〇二〇年度": the report year as titles and preambles state it. */
export function yearOf(text: string, suffix: RegExp): number | null {
  const re = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})\\s?${suffix.source}`);
  const m = re.exec(text);
  if (!m) return null;
  const y = toInt(m[1] ?? "", chineseYear);
  return y !== null && y >= 2000 && y <= 2100 ? y : null;
}

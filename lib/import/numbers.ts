import { readFigureValue, type FigureValue } from "@/lib/report/figure-value";

/**
 * Numbers as reports write them. Exact: 77, 41.6, 50846, 50,846 (thousands
 * grouped with a comma, which the punctuation rule may have made
 * full-width), full-width digits ５０８４６ from some word processors and
 * websites. Approximate, kept as written: 500余, 20多, 1.2万余, 近千, 约30,
 * 百余, 逾2000 — the words a figure holds when the report states it so.
 */
export interface NumberToken {
  /** Exactly as written, so the occurrence can be replaced later: "50,846", "500余", "近千". */
  raw: string;
  /** A number for an exact value; the words as written for an approximate one. */
  value: FigureValue;
  /** The number the words name (500 for 500余, 12000 for 1.2万余, 1000 for 近千), to judge whether it fits a figure. */
  base: number;
  index: number;
  /** A fractional part was written without a 万 or 千 after it ("41.6"), so it cannot be a count. */
  decimal: boolean;
}

const D = "[0-9０-９]";
// Groups of exactly three digits after a comma; the bounded pieces keep the scan linear.
const ARABIC = `${D}+(?:[,，]${D}{3}(?!${D}))*(?:[.．]${D}+)?`;
// 约 and 近 end other words too: 节约30万元, 最近3年, 附近2个单位 state nothing approximate.
const BEFORE = "(?<![制节公契预邀简相条隐履违特])约|大约|(?<![最附邻亲靠贴])近|将近|接近|逾|超过|不足|不到";
const CHINESE = "[一二两三四五六七八九]?[十百千万]{1,2}";
/**
 * One regular expression for every form: the words before, the number
 * (Arabic with an optional 百/千/万/亿, or a Chinese magnitude like 千, 两千),
 * 余 or 多 after it, and what comes right after (a 万 after 余, as in 10余万,
 * says the words go on and the figure is not one the reader can see here).
 */
const NUMBER = new RegExp(`(${BEFORE})?(?:(${ARABIC})([百千万亿]{0,2})|(${CHINESE}))([余多])?([万亿])?`, "g");

const halfWidth = (s: string) =>
  s.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).replace(/[,，]/g, "");

export function numberTokens(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [raw, before, arabic, magnitude, chinese, after, trailing] = m;
    // 千家万户, 十分: a Chinese magnitude is a number only with words that make it an amount (近千, 百余).
    if (chinese !== undefined && before === undefined && after === undefined) continue;
    if (trailing !== undefined) continue;
    if (arabic !== undefined && !magnitude && before === undefined && after === undefined) {
      const plain = halfWidth(arabic);
      const value = Number(plain);
      if (Number.isFinite(value)) out.push({ raw, value, base: value, index: m.index, decimal: plain.includes(".") });
      continue;
    }
    const read = readFigureValue(raw);
    if (read.kind !== "approximate") continue;
    out.push({ raw, value: raw, base: read.base, index: m.index, decimal: !Number.isInteger(read.base) });
  }
  return out;
}

/** "零" where a report states a figure as nothing at all: 进京访零登记. Proposed only where a pattern names it. */
export const ZERO = "零";

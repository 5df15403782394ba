/**
 * Numbers as reports write them: 77, 41.6, 50846, 50,846 (thousands grouped
 * with a comma, which the punctuation rule may have made full-width), and
 * full-width digits ５０８４６ from some word processors and websites.
 */
export interface NumberToken {
  /** Exactly as written, so the occurrence can be replaced later. */
  raw: string;
  value: number;
  index: number;
  /** A fractional part was written ("41.6"), so it cannot be a count. */
  decimal: boolean;
}

const D = "[0-9０-９]";
// Groups of exactly three digits after a comma; the bounded pieces keep the scan linear.
const NUMBER = new RegExp(`${D}+(?:[,，]${D}{3}(?!${D}))*(?:[.．]${D}+)?`, "g");

const halfWidth = (s: string) =>
  s.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).replace(/[,，]/g, "");

export function numberTokens(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    const plain = halfWidth(raw);
    const value = Number(plain);
    if (Number.isFinite(value)) out.push({ raw, value, index: m.index, decimal: plain.includes(".") });
  }
  return out;
}

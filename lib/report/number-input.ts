/**
 * What a drafter types into a number field, read as the number they meant.
 * Chinese input methods produce full-width digits (１２), reports write
 * thousands separators (50,846), and people paste "77起" or "97.44%" straight
 * from last year's text. Those are normalised; anything else is refused with
 * a message, never guessed at. An empty field is "not entered" (null), not 0.
 */
export type NumberInput = { ok: true; value: number | null } | { ok: false; message: string };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF0D\u3000]/g;
const ASCII: Record<string, string> = { "\uFF0E": ".", "\uFF0C": ",", "\uFF05": "%", "\uFF0D": "-", "\u3000": " " };

/** Full-width digits and signs (what Chinese input methods type) as their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => ASCII[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Plain, or grouped by threes with commas: 50846, 50,846, 1,234,567.5. */
const NUMBER = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

export function normalizeNumber(raw: string, unit = ""): NumberInput {
  let s = toHalfWidth(raw).replace(/\s+/g, "");
  if (s === "") return { ok: true, value: null };
  const suffix = toHalfWidth(unit);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  if (/[零一二三四五六七八九十百千万亿两]/.test(s)) {
    return { ok: false, message: `“${raw.trim()}”不是阿拉伯数字，请填写如 1023 的数字` };
  }
  if (!NUMBER.test(s)) {
    return { ok: false, message: `“${raw.trim()}”不是有效的数字，请填写如 50846 或 97.44 的数字` };
  }
  return { ok: true, value: Number(s.replace(/,/g, "")) };
}

/**
 * Web copies of reports often carry ASCII punctuation inside Chinese text
 * ("2020年以来,在市委"). The printed document uses the full-width forms, so
 * imported and compared text is normalised: an ASCII , : ; ( ) ! ? next to a
 * Chinese character becomes its full-width twin, and the stray space an
 * editor left after it goes. Punctuation between Latin letters or digits
 * (3.5, 10:30, (1)) is left alone.
 */
const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？" };

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d]/;

export function fullWidthPunctuation(text: string): string {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const twin = FULL_WIDTH[c];
    if (!twin) {
      out.push(c);
      continue;
    }
    // Look past spaces: "文件, 深入" has a space between the comma and the next character.
    let j = i + 1;
    while (chars[j] === " ") j++;
    const prev = out[out.length - 1] ?? "";
    const next = chars[j] ?? "";
    if (CJK.test(prev) || CJK.test(next)) {
      out.push(twin);
      i = j - 1; // drop the spaces after it
    } else {
      out.push(c);
    }
  }
  return out.join("");
}

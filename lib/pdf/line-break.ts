/**
 * Line-break units for Chinese text (GB/T 9704 §5 via the ordinary rules of
 * Chinese typesetting, 避头尾): a line may break between any two characters,
 * except that closing punctuation never starts a line, opening punctuation
 * never ends one, and numbers and Latin words stay whole.
 *
 * react-pdf only breaks at spaces and at the "syllables" a hyphenation
 * callback returns. Between two syllables it inserts a penalty node, and a
 * break taken there draws a hyphen. An empty string between syllables is
 * whitespace to it instead: a zero-width glue, a legal break point that
 * draws nothing. So the units are returned interleaved with "" (and with a
 * trailing "", because the next text run, e.g. the body after a 楷体 lead,
 * would otherwise be joined to this one by a hyphen penalty).
 */

/** Never at the start of a line: they belong to the character before them. */
const CLOSING = new Set(
  Array.from("，。、；：？！）》」』”’〕】〉｝］〗〙…—～·%％‰℃,.;:?!)]}" + "\u2030\u2103\uff0e\uff61\uff64\u30fb"),
);

/** Never at the end of a line: they belong to the character after them. */
const OPENING = new Set(Array.from("（《「『“‘〔【〈｛［〖〘([{"));

/** Half- and full-width letters and digits form runs that never break. */
const ALNUM = /^[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]$/u;

/** Joiners that stay inside a number or a word when letters or digits follow: 97.44, 10:30, 3,000, e-mail. */
const INNER = new Set([".", ",", ":", "-", "+", "/", "_", "．"]);

/** Longer runs (a URL, a serial number) are cut so they can still wrap instead of overflowing the type area. */
export const MAX_RUN = 20;

/** Splits text into characters, keeping letter/digit runs (with their inner joiners) together. */
function tokens(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let run = "";
  const flush = () => {
    for (let i = 0; i < run.length; i += MAX_RUN) out.push(run.slice(i, i + MAX_RUN));
    run = "";
  };
  chars.forEach((c, i) => {
    const next = chars[i + 1] ?? "";
    if (ALNUM.test(c) || (run !== "" && INNER.has(c) && ALNUM.test(next))) {
      run += c;
      return;
    }
    flush();
    out.push(c);
  });
  flush();
  return out;
}

/** The unbreakable units of a piece of text, in order; joined they give back the text. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let opening = "";
  for (const token of tokens(text)) {
    const last = units.length - 1;
    if (CLOSING.has(token) && opening === "" && last >= 0) {
      units[last] += token;
    } else if (CLOSING.has(token) && opening !== "") {
      // "（）" or "“”": an empty pair stays with whatever follows it.
      opening += token;
    } else if (OPENING.has(token)) {
      opening += token;
    } else {
      units.push(opening + token);
      opening = "";
    }
  }
  // An opening mark at the very end of a run has nothing here to hold on to.
  if (opening !== "") units.push(opening);
  return units;
}

/**
 * The hyphenation callback for react-pdf: units separated by empty strings,
 * which it treats as zero-width break points, so no hyphen is ever drawn.
 */
export function chineseHyphenation(word: string): string[] {
  return breakUnits(word).flatMap((unit) => [unit, ""]);
}

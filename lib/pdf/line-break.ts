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
function isAlnum(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0xff10 && cp <= 0xff19) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  );
}

/** Joiners that stay inside a number or a word when letters or digits follow: 97.44, 10:30, 3,000, e-mail. */
const INNER = new Set([".", ",", ":", "-", "+", "/", "_", "．"]);

/** Longer runs (a URL, a serial number) are cut so they can still wrap instead of overflowing the type area. */
export const MAX_RUN = 20;

/**
 * Splits text into characters, keeping letter/digit runs (with their inner
 * joiners) together. One pass over code points, no per-character regex or
 * array: this runs for every text run of every render.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart < 0) return;
    for (let i = runStart; i < end; i += MAX_RUN) out.push(text.slice(i, Math.min(i + MAX_RUN, end)));
    runStart = -1;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const next = i + width < text.length ? (text.codePointAt(i + width) ?? 0) : -1;
    if (isAlnum(cp) || (runStart >= 0 && INNER.has(text[i] ?? "") && isAlnum(next))) {
      if (runStart < 0) runStart = i;
    } else {
      flush(i);
      out.push(text.slice(i, i + width));
    }
    i += width;
  }
  flush(text.length);
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
 * Words already split, per process. react-pdf calls the callback for every
 * space-separated word of every text run on every render, and for Chinese
 * text a "word" is a whole run (a paragraph). The units depend on the text
 * alone, so they are kept. The memo is bounded by the characters it holds
 * (about 50 bytes each with the unit strings), not by entries, because one
 * entry can be a 30,000-character paragraph; when full it starts over.
 */
const MEMO_CHARS = 500_000;
const memo = new Map<string, readonly string[]>();
let memoChars = 0;

/**
 * The hyphenation callback for react-pdf: units separated by empty strings,
 * which it treats as zero-width break points, so no hyphen is ever drawn.
 * Each call gets its own copy, so no caller can alter the memo.
 */
export function chineseHyphenation(word: string): string[] {
  const known = memo.get(word);
  if (known) return [...known];
  const parts: string[] = [];
  for (const unit of breakUnits(word)) parts.push(unit, "");
  if (memoChars + word.length > MEMO_CHARS) {
    memo.clear();
    memoChars = 0;
  }
  if (word.length <= MEMO_CHARS) {
    memo.set(word, parts);
    memoChars += word.length;
  }
  return [...parts];
}

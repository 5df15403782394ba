/**
 * The short pieces of text SQLite's gram table (ReportGramFts) is keyed by,
 * for the one- and two-character queries its trigram table cannot answer.
 * Chinese has no spaces between words, so a report is indexed by every run
 * of up to maxLength characters ("grams") it contains, and a query is found
 * through its own grams. Each gram is written as an ASCII token ("g" and
 * four base-36 digits per code point), so neither the FTS5 tokenizer nor
 * the locale decides what counts as a character, and punctuation (，) is as
 * searchable as 信访. (PostgreSQL's keys: search-unit-grams.ts.)
 */

/** Lower-cases Latin letters where that keeps the length, as lib/report/search-text does for matching. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

const codeOf = (c: string) => (c.codePointAt(0) ?? 0).toString(36).padStart(4, "0");

function token(chars: readonly string[]): string {
  return "g" + chars.map(codeOf).join("");
}

/**
 * Every distinct gram of 1..maxLength characters, as tokens; line breaks
 * between paragraphs are not part of any. Each character is encoded once
 * and a gram's token is the concatenation of its characters' codes, the
 * same token `token` gives (a save computes some 20,000 grams).
 */
export function textGrams(text: string, maxLength: number): string[] {
  const out = new Set<string>();
  for (const line of foldText(text).split("\n")) {
    const codes = Array.from(line, codeOf);
    for (let i = 0; i < codes.length; i++) {
      let gram = "g";
      for (let n = 0; n < maxLength && i + n < codes.length; n++) {
        gram += codes[i + n];
        out.add(gram);
      }
    }
  }
  return [...out];
}

/**
 * The tokens a text containing `query` must have: the query itself when it
 * is at most maxLength characters long, otherwise each of its overlapping
 * maxLength-grams. The first is exact; the second can match a text holding
 * the pieces apart, so the caller checks such candidates against the text.
 */
export function queryGrams(query: string, maxLength: number): { tokens: string[]; exact: boolean } {
  const chars = Array.from(foldText(query));
  if (chars.length <= maxLength) return { tokens: [token(chars)], exact: true };
  const tokens = new Set<string>();
  for (let i = 0; i + maxLength <= chars.length; i++) tokens.add(token(chars.slice(i, i + maxLength)));
  return { tokens: [...tokens], exact: false };
}

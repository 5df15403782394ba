import { foldText } from "./search-grams";

/*
 * PostgreSQL's full-text keys. A run of paragraphs of a report's printed
 * text (search-paragraphs.ts) is indexed by every UTF-16 code unit and
 * every pair of adjacent units within a paragraph, each one 32-bit integer: a unit is 0–65535, a pair is `first << 16 |
 * second`, which is outside that range because no unit of stored text is 0
 * (PostgreSQL text cannot hold NUL). A GIN index over that int[] answers
 * "holds all these keys" from the index alone (array containment is never
 * rechecked against the row), so 信访 (one pair) or ， (one unit) is found
 * exactly from the index alone.
 *
 * Why not pg_trgm: its GIN index rechecks every candidate row against the
 * whole text (a term all of 10,000 reports contain: 0.8 s), and it cannot
 * find two-character words at all. Why integers and not text lexemes: a
 * key is 4 bytes instead of 6 to 13, no escaping, and no text search
 * parser or locale decides what a character is. Why UTF-16 units: a
 * character beyond the BMP (𠮷) is a surrogate pair, one key, and high and
 * low surrogates never pair up wrongly, so units match only where
 * characters do.
 */

/** The distinct keys of a text, sorted; line breaks between paragraphs are part of no key. */
export function unitGrams(text: string): Int32Array {
  const folded = foldText(text);
  const all = new Int32Array(folded.length * 2);
  let n = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit === 10) continue;
    all[n++] = unit;
    const next = i + 1 < folded.length ? folded.charCodeAt(i + 1) : 10;
    if (next !== 10) all[n++] = (unit << 16) | next;
  }
  // A typed array sorts numerically and without boxing: a save computes some 5,000 distinct keys.
  const sorted = all.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] ?? 0;
  return sorted.subarray(0, distinct);
}

/**
 * The keys a text containing `query` must hold. Up to two units the key is
 * the query itself and the index decides exactly; a longer query is found
 * through its overlapping pairs, which a text may hold apart, so the
 * caller checks those candidates against the text.
 */
export function queryUnitGrams(query: string): { keys: number[]; exact: boolean } {
  const folded = foldText(query);
  if (folded.length === 1) return { keys: [folded.charCodeAt(0)], exact: true };
  const keys = new Set<number>();
  for (let i = 0; i + 1 < folded.length; i++) keys.add((folded.charCodeAt(i) << 16) | folded.charCodeAt(i + 1));
  return { keys: [...keys], exact: folded.length === 2 };
}

/** An int[] literal for a `?::int[]` parameter: a string, so it passes through any driver unchanged. */
export const intArrayLiteral = (keys: ArrayLike<number>): string => `{${Array.prototype.join.call(keys, ",")}}`;

import type { Report } from "../schema";
import { textFields } from "../walk";

/**
 * Sentences of the report's prose, as the copied-text and stale-year checks
 * read them. A sentence ends at 。！？； or a line break; figure references
 * ({{petitions.assigned}}) stay in the text.
 */
export interface Sentence {
  /** The field it is in ("parts.2.items.0.body"). */
  path: string;
  /** As written. */
  text: string;
  /** Without spaces, punctuation and numbers (digits and references become #): what "the same sentence" compares. */
  norm: string;
  /** The distinct character pairs of `norm`, sorted: what "nearly the same" compares. */
  grams: Uint32Array;
}

/** Shorter normalised sentences (特此报告, 一是……) say nothing about copying. */
export const MIN_SENTENCE = 12;

const END = /[^。！？；!?;\n]+[。！？；!?;]?/g;
const NOISE = /\{\{[^}]*\}\}|[0-9０-９.．,，%％]+|[\s\p{P}\p{S}]+/gu;

export function normalise(text: string): string {
  // Numbers become one mark, so a copied sentence with this year's figures still reads as copied.
  return text.replace(NOISE, (m) => (/^[\s\p{P}\p{S}]+$/u.test(m) ? "" : "#"));
}

export function bigrams(norm: string): Uint32Array {
  const set = new Set<number>();
  for (let i = 0; i + 1 < norm.length; i++) set.add(norm.charCodeAt(i) * 65536 + norm.charCodeAt(i + 1));
  return Uint32Array.from(set).sort();
}

export function splitSentences(text: string): string[] {
  return (text.match(END) ?? []).map((s) => s.trim()).filter((s) => s !== "");
}

// Field texts repeat from one review to the next (only the field being typed
// in changes), so their sentences are kept; the cache is dropped whole when
// it grows past what a few reports hold.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Omit<Sentence, "path">[]>();

export function fieldSentences(text: string): Omit<Sentence, "path">[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out = splitSentences(text).map((s) => {
    const norm = normalise(s);
    return { text: s, norm, grams: bigrams(norm) };
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** The prose a reader reads as the report's own words: the preamble and the parts (not the header, headings or 特此报告). */
export function proseFields(report: Report) {
  return textFields(report).filter((f) => (f.path === "preamble" || f.path.startsWith("parts.")) && !f.path.endsWith(".heading"));
}

export function reportSentences(report: Report): Sentence[] {
  return proseFields(report).flatMap((f) => fieldSentences(f.text).map((s) => ({ ...s, path: f.path })));
}

/** Shared character pairs of two sorted gram lists. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Dice similarity of two sentences' character pairs: 1 for the same, 0.9 for "nearly the same". */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * overlap(a, b)) / total;
}

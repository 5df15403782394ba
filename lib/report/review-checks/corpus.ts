import type { Report } from "../schema";
import { MIN_SENTENCE, overlap, reportSentences, type Sentence } from "./sentences";

/** ≥ 90% of character pairs in common (Dice) counts as the same sentence. */
export const SIMILAR = 0.9;

/** A report the text is compared with: last year's of the same organization, or a sibling unit's of the same year. */
export interface ComparedReport {
  /** How the finding names it: 上年报告, 西工区. */
  label: string;
  relation: "previous" | "sibling";
  report: Report;
}

/**
 * The sentences of the compared reports, indexed once: the editor builds it
 * when it opens and checks every snapshot against it, so a check costs the
 * current report's sentences only.
 */
export interface Corpus {
  sources: readonly Omit<ComparedReport, "report">[];
  sentences: readonly { source: number; norm: string; grams: Uint32Array }[];
  exact: ReadonlyMap<string, readonly number[]>;
  /** Character pair → the sentences holding it. */
  postings: ReadonlyMap<number, readonly number[]>;
}

export function buildCorpus(compared: readonly ComparedReport[]): Corpus {
  const sentences: { source: number; norm: string; grams: Uint32Array }[] = [];
  const exact = new Map<string, number[]>();
  const postings = new Map<number, number[]>();
  compared.forEach((c, source) => {
    for (const s of reportSentences(c.report)) {
      if (s.norm.length < MIN_SENTENCE) continue;
      const id = sentences.push({ source, norm: s.norm, grams: s.grams }) - 1;
      exact.set(s.norm, [...(exact.get(s.norm) ?? []), id]);
      for (const g of s.grams) {
        const list = postings.get(g);
        if (list) list.push(id);
        else postings.set(g, [id]);
      }
    }
  });
  return { sources: compared.map(({ label, relation }) => ({ label, relation })), sentences, exact, postings };
}

export const EMPTY_CORPUS: Corpus = buildCorpus([]);

/**
 * The sources (indexes into corpus.sources) that hold the sentence or one
 * ≥ 90% like it. Candidates come from the sentence's rarest character pairs:
 * a sentence sharing ≥ s of its g pairs must share one of any g − s + 1 of
 * them, so only those postings are read; each candidate is then measured.
 */
export function matchingSources(corpus: Corpus, s: Sentence): Set<number> {
  const found = new Set<number>();
  if (s.norm.length < MIN_SENTENCE) return found;
  for (const id of corpus.exact.get(s.norm) ?? []) found.add(corpus.sentences[id]?.source ?? -1);
  if (found.size === corpus.sources.length) return found;
  const g = s.grams.length;
  // The fewest pairs a ≥ 90% match shares: 2s/(g+h) ≥ t with h ≥ g·t/(2−t).
  const minShared = Math.ceil((SIMILAR * (g + (g * SIMILAR) / (2 - SIMILAR))) / 2);
  const probe = [...s.grams].sort((a, b) => (corpus.postings.get(a)?.length ?? 0) - (corpus.postings.get(b)?.length ?? 0)).slice(0, g - minShared + 1);
  const seen = new Set<number>();
  for (const gram of probe) {
    for (const id of corpus.postings.get(gram) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const other = corpus.sentences[id];
      if (!other || found.has(other.source)) continue;
      if ((2 * overlap(s.grams, other.grams)) / (g + other.grams.length) >= SIMILAR) found.add(other.source);
    }
  }
  return found;
}

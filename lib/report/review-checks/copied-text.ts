import type { Report } from "../schema";
import { matchingSources, type Corpus } from "./corpus";
import type { Finding } from "./finding";
import { MIN_SENTENCE, reportSentences, type Sentence } from "./sentences";

/** The part a field belongs to: "parts.3" for "parts.3.items.0.body", "preamble" for itself. */
export const partKey = (path: string) => /^parts\.\d+/.exec(path)?.[0] ?? path;

const percent = (n: number) => `${Math.round(n * 100)}%`;

export interface CopiedShare {
  /** Characters of the report's sentences that last year's report holds too, over all its sentences' characters. */
  previous: number;
  /** Per compared report: how many of this report's sentences it holds. */
  bySource: number[];
}

/**
 * Sentences the same as or ≥ 90% like last year's report or a sibling
 * unit's (normalised: numbers, spaces and punctuation do not count). Per
 * part: last year's share of its text, and the number of sentences per
 * sibling; the whole report's share against last year comes first.
 */
export function copiedTextFindings(report: Report, corpus: Corpus): Finding[] {
  if (corpus.sources.length === 0) return [];
  const previous = corpus.sources.findIndex((s) => s.relation === "previous");
  const groups = new Map<string, { sentences: Sentence[]; matches: Set<number>[] }>();
  for (const s of reportSentences(report)) {
    if (s.norm.length < MIN_SENTENCE) continue;
    const key = partKey(s.path);
    const group = groups.get(key) ?? { sentences: [], matches: [] };
    group.sentences.push(s);
    group.matches.push(matchingSources(corpus, s));
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  let total = 0;
  let fromPrevious = 0;
  for (const [key, { sentences, matches }] of groups) {
    const chars = sentences.reduce((n, s) => n + s.norm.length, 0);
    total += chars;
    corpus.sources.forEach((source, i) => {
      const hit = sentences.filter((_, k) => matches[k]?.has(i));
      if (hit.length === 0) return;
      const first = hit[0]?.path ?? key;
      if (i === previous) {
        const share = hit.reduce((n, s) => n + s.norm.length, 0);
        fromPrevious += share;
        findings.push({
          rule: "copiedText",
          severity: "warning",
          path: first,
          message: `与上年报告相同 ${percent(share / chars)}（${hit.length} 句）`,
          quotes: hit.map((s) => s.text),
        });
      } else {
        findings.push({ rule: "copiedText", severity: "warning", path: first, message: `与${source.label}相同 ${hit.length} 句`, quotes: hit.map((s) => s.text) });
      }
    });
  }
  if (previous >= 0 && fromPrevious > 0) {
    findings.unshift({ rule: "copiedText", severity: "warning", path: "", message: `全文与上年报告相同 ${percent(fromPrevious / total)}` });
  }
  return findings;
}

import type { Part, PartOf, Report } from "./schema";

/**
 * For tests: the n-th part of a kind (0-based), narrowed to its kind, or an
 * error naming what is missing; so a test reads `partOf(report, "duty")`
 * instead of searching and narrowing by hand.
 */
export function partOf<K extends Part["kind"]>(report: Report, kind: K, n = 0): PartOf<K> {
  const found = report.parts.filter((p): p is PartOf<K> => p.kind === kind)[n];
  if (!found) throw new Error(`the report has no ${kind} part #${n}`);
  return found;
}

/** The index in report.parts of the n-th part of a kind. */
export function indexOf(report: Report, kind: Part["kind"], n = 0): number {
  const part = partOf(report, kind, n);
  return report.parts.indexOf(part);
}

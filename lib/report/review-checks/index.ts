import type { Report } from "../schema";
import { carriedOverFindings } from "./carried-over";
import { copiedTextFindings } from "./copied-text";
import { buildCorpus, EMPTY_CORPUS, type ComparedReport, type Corpus } from "./corpus";
import { areaFindings, checklistFindings, type ChecklistItem } from "./coverage";
import { deadlineFindings, type Deadlines } from "./deadlines";
import { fewFactsFindings } from "./few-facts";
import { figureJumpFindings } from "./figure-jumps";
import { bySeverity, type Finding } from "./finding";
import { regulationFindings } from "./regulation";
import { staleYearFindings } from "./stale-years";

export { buildCorpus, EMPTY_CORPUS, type ComparedReport, type Corpus } from "./corpus";

// The compared reports do not change while a report is open: one corpus per list of them.
const corpora = new WeakMap<readonly ComparedReport[], Corpus>();
function buildCorpusOnce(compared: readonly ComparedReport[]): Corpus {
  const hit = corpora.get(compared);
  if (hit) return hit;
  const corpus = buildCorpus(compared);
  corpora.set(compared, corpus);
  return corpus;
}
export type { ChecklistItem } from "./coverage";
export { bodyKind, deadline, daysLeft, punctuality, RECIPIENTS, type Deadlines, type Punctuality } from "./deadlines";
export { RULES, SEVERITY_LABELS, type Finding, type Severity } from "./finding";
export { regulationRows } from "./regulation";

/** What the checks compare the report with; everything is optional, and a check without its input says nothing. */
export interface CheckContext {
  /** Last year's report of the same organization and the sibling units' of the same year, indexed once (buildCorpus). */
  corpus?: Corpus;
  /** Last year's report, for its figures. */
  previous?: Report | null;
  /** The checklists of the organizations above. */
  checklist?: readonly ChecklistItem[];
  deadlines?: Deadlines | null;
}

/**
 * Every review check on a report, most serious first. Pure and fast
 * (bench/checks.ts): the editor runs it on each snapshot after a pause in
 * typing, the reviewer's page and the overview on the stored report, the
 * CLI on a file.
 */
export function reviewChecks(report: Report, context: CheckContext = {}): Finding[] {
  return [
    ...regulationFindings(report),
    ...checklistFindings(report, context.checklist ?? []),
    ...staleYearFindings(report),
    ...carriedOverFindings(report),
    ...copiedTextFindings(report, context.corpus ?? EMPTY_CORPUS),
    ...fewFactsFindings(report),
    ...figureJumpFindings(report.figures, context.previous?.figures ?? null),
    ...deadlineFindings(report, context.deadlines ?? null),
    ...areaFindings(report),
  ].sort(bySeverity);
}

/** Whether any finding stops 提交审核 (the regulation's required contents). */
export const blocks = (findings: readonly Finding[]) => findings.some((f) => f.severity === "blocking");

/** What the server gathers for a report's checks (serialisable: the editor receives it as a prop). */
export interface ReviewInputs {
  /** Last year's report of the same organization (relation "previous") and the sibling units' of the same year. */
  compared: ComparedReport[];
  previous: Report | null;
  checklist: ChecklistItem[];
  /** The parent's deadlines (MM-DD) and when the report was sent and published (ISO), for the days left. */
  deadlines: { reportDue: string; publishDue: string; sentAt: string | null; publishedAt: string | null };
}

/** The check context of gathered inputs: the corpus is built here, once; `now` counts the days left. */
export function checkContextOf(inputs: ReviewInputs | null, now: Date = new Date()): CheckContext {
  if (!inputs) return {};
  const d = inputs.deadlines;
  return {
    corpus: buildCorpusOnce(inputs.compared),
    previous: inputs.previous,
    checklist: inputs.checklist,
    deadlines: { reportDue: d.reportDue, publishDue: d.publishDue, now, sentAt: d.sentAt ? new Date(d.sentAt) : null, publishedAt: d.publishedAt ? new Date(d.publishedAt) : null },
  };
}

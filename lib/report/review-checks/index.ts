import type { Report } from "../schema";
import { carriedOverFindings } from "./carried-over";
import { copiedTextFindings } from "./copied-text";
import { EMPTY_CORPUS, type Corpus } from "./corpus";
import { areaFindings, checklistFindings, type ChecklistItem } from "./coverage";
import { deadlineFindings, type Deadlines } from "./deadlines";
import { fewFactsFindings } from "./few-facts";
import { figureJumpFindings } from "./figure-jumps";
import { bySeverity, type Finding } from "./finding";
import { regulationFindings } from "./regulation";
import { staleYearFindings } from "./stale-years";

export { buildCorpus, EMPTY_CORPUS, type ComparedReport, type Corpus } from "./corpus";
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

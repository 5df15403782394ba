"use client";

import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { runFigureChecks } from "@/lib/report/checks";
import { runCustomFigureChecks, type CustomFigureDef } from "@/lib/report/custom-figures";
import { figureValueIssues } from "@/lib/report/figure-checks";
import { draftFlags } from "@/lib/report/flags";
import { parseReport } from "@/lib/report/parse";
import { proseIssues } from "@/lib/report/prose-numbers";
import { openProblems } from "@/lib/report/issue-groups";
import { checkContextOf, reviewChecks, type CheckContext, type Finding } from "@/lib/report/review-checks";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import { useEditor, useSnapshot } from "./context";

/**
 * What the checks say about the report as of the last pause in typing. It is
 * computed once per snapshot (never on a keystroke) and read by the outline,
 * the summary, the structure view and every field's flag.
 */
export interface Review {
  /** The snapshot the review was made of. */
  report: Report;
  /** What 提交审核 would refuse now: the outline's statuses and the structure's missing parts. */
  final: ReportIssue[];
  /** The final issues on fields that hold something: shown on their field while the draft saves as typed. */
  flags: ReportIssue[];
  /**
   * The flags the fields read from the review: all but a figure's own sense
   * (a rate over 100…), which its field checks as it is typed, so a corrected
   * value never shows the old message until the next review.
   */
  fieldFlags: ReportIssue[];
  /** Numbers typed in the prose that contradict a figure (a hint, never a refusal). */
  prose: ReportIssue[];
  /** The open problems (flags and prose, without the structure's): the outline's 有问题 and 待解决的问题 read this one list. */
  problems: ReportIssue[];
  /** Figure checks an approximate value (500余, 约30) kept from being made exactly. */
  skipped: ReportIssue[];
  /** The review checks (regulation, stale years, copied text, facts, deadlines…): the 审查提示 panel and 提交审核's summary. */
  findings: Finding[];
}

const issueKey = (i: ReportIssue) => `${i.path}\u0000${i.message}`;

/**
 * `definitions`: the custom figures that apply to the report, whose checks
 * 提交审核 runs beside the final schema's (final-check.ts), so the outline,
 * 待解决的问题 and the flags see them as they see the catalogue's.
 */
export function reviewOf(report: Report, definitions: readonly CustomFigureDef[] = [], checks: CheckContext = {}): Review {
  const result = parseReport(report, "final");
  const custom = runCustomFigureChecks(definitions, report);
  const final = [...(result.ok ? [] : result.issues), ...custom.issues];
  const flags = draftFlags(report, final);
  const prose = proseIssues(report);
  const checkedLive = new Set(figureValueIssues(report.figures).map(issueKey));
  return {
    report,
    final,
    flags,
    fieldFlags: flags.filter((i) => !checkedLive.has(issueKey(i))),
    prose,
    problems: openProblems(flags, prose),
    skipped: [...runFigureChecks(report.figures).skipped, ...custom.skipped],
    findings: reviewChecks(report, checks),
  };
}

const byPath = (issues: readonly ReportIssue[]) => {
  const map = new Map<string, string>();
  for (const { path, message } of issues) {
    const before = map.get(path);
    if (before === undefined) map.set(path, message);
    else if (!before.split("\n").includes(message)) map.set(path, `${before}\n${message}`);
  }
  return map;
};

/**
 * The flags by field, outside React state: each field subscribes to its own
 * path and reads a string, so a new review re-renders only the fields whose
 * flag appeared, changed or went away.
 */
class FieldFlags {
  private flags = new Map<string, string>();
  private notes = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  constructor(first: Review) {
    this.publish(first);
  }

  publish(review: Review) {
    this.flags = byPath(review.fieldFlags);
    this.notes = byPath(review.skipped);
    for (const fn of this.listeners) fn();
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };

  flag = (path: string) => this.flags.get(path) ?? "";
  note = (path: string) => this.notes.get(path) ?? "";
}

const ReviewContext = createContext<Review | null>(null);
const FlagsContext = createContext<FieldFlags | null>(null);

export function ReviewProvider({ children }: { children: ReactNode }) {
  // Deferred: a review that is still computing never delays the next keystroke.
  const snapshot = useDeferredValue(useSnapshot());
  const { customFigureDefs, reviewInputs } = useEditor();
  // The corpus of last year's and the siblings' sentences is built once (checkContextOf keeps it per inputs); each review reads it.
  const review = useMemo(() => reviewOf(snapshot, customFigureDefs, checkContextOf(reviewInputs)), [snapshot, customFigureDefs, reviewInputs]);
  const [flags] = useState(() => new FieldFlags(review));
  useEffect(() => flags.publish(review), [flags, review]);
  return (
    <ReviewContext.Provider value={review}>
      <FlagsContext.Provider value={flags}>{children}</FlagsContext.Provider>
    </ReviewContext.Provider>
  );
}

export function useReview(): Review {
  const value = useContext(ReviewContext);
  if (!value) throw new Error("useReview outside the report editor");
  return value;
}

function useFlagsStore(): FieldFlags {
  const value = useContext(FlagsContext);
  if (!value) throw new Error("useFieldFlags outside the report editor");
  return value;
}

/** The flags on one field, one message a line ("" when none). */
export function useFieldFlag(path: string): string {
  const store = useFlagsStore();
  return useSyncExternalStore(store.subscribe, () => store.flag(path), () => "");
}

/** The checks skipped on one figure because of an approximate value, one a line. */
export function useFieldNote(path: string): string {
  const store = useFlagsStore();
  return useSyncExternalStore(store.subscribe, () => store.note(path), () => "");
}

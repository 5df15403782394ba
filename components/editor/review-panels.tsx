"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useFormContext } from "react-hook-form";
import { reportBlocks } from "@/lib/report/blocks";
import { parseFinal } from "@/lib/report/final-check";
import { proseIssues } from "@/lib/report/prose-numbers";
import { fieldLabel } from "@/lib/report/outline";
import { checkContextOf, reviewChecks, type Finding } from "@/lib/report/review-checks";
import { FindingList } from "./FindingsPanel";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import type { SubmitForReviewInput, TransitionReportResult } from "@/lib/server/workflow/transition-report.schema";
import { ReportPreview } from "@/components/report/ReportPreview";
import { useEditor, useSaverState, useSnapshot } from "./context";
import { useReview } from "./review";
import { IssueLinks } from "./status-panels";
import { groupIssues } from "@/lib/report/issue-groups";

function dedupe(issues: readonly ReportIssue[]): ReportIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Every open problem of what was written so far, each linked to its field:
 * the flags (a rate of 101, a paragraph over the limit, figures that
 * disagree…) and numbers in the prose that contradict the figures — the
 * list the outline's 有问题 reads, counted as it is listed (one entry per
 * message). None of them stops the draft from saving; what is merely not
 * written yet is listed by 提交审核.
 */
export function ProblemSummary() {
  const { problems } = useReview();
  const count = useMemo(() => groupIssues(problems).length, [problems]);
  return (
    <section className="panel" aria-label="待解决的问题">
      <h2>待解决的问题{count > 0 ? `（${count}）` : ""}</h2>
      {count === 0 ? <p className="muted">暂无</p> : <IssueLinks issues={problems} />}
    </section>
  );
}

export type SubmitForReview = SubmitForReviewInput;

/** What the workflow answered: the report is on its way, or why not (with issues keyed by field). */
export type SubmitOutcome = TransitionReportResult;

/**
 * 提交审核: the final schema and the custom figures' checks on the current
 * values. The status change itself belongs to the workflow, which checks
 * alike; `onSubmitForReview` is where it is connected.
 */
export function SubmitPanel({ onSubmitForReview }: { onSubmitForReview?: (input: SubmitForReview) => Promise<SubmitOutcome> }) {
  const { getValues } = useFormContext<Report>();
  const { reportId, saver, customFigureDefs, reviewInputs, goTo } = useEditor();
  const saverState = useSaverState();
  const [result, setResult] = useState<{ issues: ReportIssue[]; warnings: ReportIssue[]; findings: Finding[] } | null>(null);
  const [submission, setSubmission] = useState<{ pending: boolean; message?: string }>({ pending: false });
  const check = async () => {
    const values = getValues();
    const final = parseFinal(values, customFigureDefs);
    const warnings = proseIssues(values);
    // The required contents are among final's issues already: the summary lists the other findings for a second look.
    const findings = reviewChecks(values, checkContextOf(reviewInputs)).filter((f) => f.severity === "warning");
    setResult({ issues: final.ok ? [] : dedupe(final.issues), warnings, findings });
    if (!final.ok || !onSubmitForReview) return;
    setSubmission({ pending: true });
    if (!(await saver.saveAndConfirm())) {
      setSubmission({ pending: false, message: "最新修改尚未保存到服务器，保存后再提交" });
      return;
    }
    const outcome = await onSubmitForReview({ reportId, version: saver.getState().version });
    if (outcome.ok) {
      window.location.assign(`/reports/${reportId}`);
      return;
    }
    setSubmission({ pending: false, message: outcome.message });
    if (outcome.issues) setResult({ issues: dedupe(outcome.issues), warnings, findings });
  };
  return (
    <section className="panel" aria-label="提交审核">
      <button type="button" className="primary" onClick={() => void check()} disabled={submission.pending}>
        {submission.pending ? "正在提交…" : "提交审核"}
      </button>
      {submission.message && (
        <p className="error" role="alert">
          {submission.message}
        </p>
      )}
      {result && result.issues.length > 0 && (
        <div role="alert" className="review-result failed">
          <p>还不能提交审核，请先处理以下 {result.issues.length} 项：</p>
          <IssueLinks issues={result.issues} />
        </div>
      )}
      {result && result.issues.length === 0 && (
        <div role="status" className="review-result passed">
          <p>检查通过：报告内容完整，数据前后一致，可以提交审核。</p>
          {saverState.status !== "saved" && <p className="muted">最新修改正在保存。</p>}
        </div>
      )}
      {result && result.findings.length > 0 && (
        <div className="review-result warnings" aria-label="审查提示摘要">
          <p>审查提示（不影响提交，审核人也会看到）：{result.findings.length} 项</p>
          <FindingList findings={result.findings} onGoTo={goTo} label={(path) => (path === "" ? "全文" : fieldLabel(path, getValues(), customFigureDefs))} />
        </div>
      )}
      {result && result.warnings.length > 0 && (
        <div className="review-result warnings">
          <p>提示（不影响提交）：</p>
          <IssueLinks issues={result.warnings} />
        </div>
      )}
    </section>
  );
}

/** The report as it will read when printed, from the same blocks as the PDF, a moment behind the typing. */
export function PreviewPanel() {
  const snapshot = useDeferredValue(useSnapshot());
  const blocks = useMemo(() => reportBlocks(snapshot), [snapshot]);
  return <ReportPreview blocks={blocks} />;
}

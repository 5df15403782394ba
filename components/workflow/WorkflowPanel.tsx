"use client";
import { PartSelect } from "./PartSelect";
import { useActionState, useState } from "react";
import type { ReportIssue } from "@/lib/report/zod";
import { needsText, TRANSITIONS, type Transition } from "@/lib/workflow/transitions";
import type { TransitionReportResult } from "@/lib/server/workflow/transition-report.schema";
import { fieldLabel } from "@/lib/report/outline";

type Action = (prev: TransitionReportResult | null, form: FormData) => Promise<TransitionReportResult>;

/**
 * The workflow buttons this person may press on this report now. The server
 * decides which they are (the same rule it enforces); this only lays them out.
 */
export function WorkflowPanel({ allowed, action, parts }: { allowed: Transition[]; action: Action; parts: { path: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState<TransitionReportResult | null, FormData>(action, null);
  const [chosen, setChosen] = useState<Transition | null>(null);
  if (allowed.length === 0) return null;
  const text = chosen ? needsText(chosen) : null;
  return (
    <section className="card" aria-label="审核流程">
      <h2>审核流程</h2>
      <form action={formAction}>
        {text && chosen && (
          <>
            {chosen === "return" && (
              <PartSelect id="wf-path" label="意见针对的部分" parts={parts} />
            )}
            <div className="field">
              <label htmlFor="wf-text">{text === "comment" ? "修改意见" : "重新打开的理由"}</label>
              <textarea id="wf-text" name="text" required />
            </div>
          </>
        )}
        <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
          {allowed.map((t) => {
            const confirming = chosen === t || !needsText(t);
            return confirming ? (
              <button key={t} name="transition" value={t} className="primary" disabled={pending}>
                {TRANSITIONS[t].label}
              </button>
            ) : (
              <button key={t} type="button" onClick={() => setChosen(t)}>
                {TRANSITIONS[t].label}…
              </button>
            );
          })}
        </div>
      </form>
      <WorkflowMessage state={state} />
    </section>
  );
}

function WorkflowMessage({ state }: { state: TransitionReportResult | null }) {
  if (!state || state.ok) return null;
  // 提交审核 names every problem of the final check; any other refusal is one sentence.
  if (state.issues?.length) return <IssueList message={state.message} issues={state.issues} />;
  return (
    <p className="error" role="alert">
      {state.message}
    </p>
  );
}

function IssueList({ message, issues }: { message: string; issues: ReportIssue[] }) {
  return (
    <div role="alert">
      <p className="error">
        {message}，请先处理以下 {issues.length} 个问题：
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            {fieldLabel(issue.path)}：{issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

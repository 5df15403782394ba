"use client";
import { PartSelect } from "./PartSelect";
import { useActionState, useRef, useState } from "react";
import type { ReportIssue } from "@/lib/report/zod";
import { needsText, TRANSITIONS, type Transition } from "@/lib/workflow/transitions";
import type { TransitionReportResult } from "@/lib/server/workflow/transition-report.schema";
import { CONFIRMATIONS, STEP_STYLE } from "./step-styles";
import "./workflow.css";
import { fieldLabel } from "@/lib/report/outline";

type Action = (prev: TransitionReportResult | null, form: FormData) => Promise<TransitionReportResult>;

/**
 * The workflow buttons this person may press on this report now. The server
 * decides which they are (the same rule it enforces); this only lays them
 * out. The page keys the panel by the report's status, so after a step it
 * starts afresh with the new status's buttons: nothing of the last step's
 * form stays on screen.
 */
export function WorkflowPanel({ allowed, action, parts }: { allowed: Transition[]; action: Action; parts: { path: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState<TransitionReportResult | null, FormData>(action, null);
  const [chosen, setChosen] = useState<Transition | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  if (allowed.length === 0) return null;
  const text = chosen ? needsText(chosen) : null;
  const confirmation = chosen ? CONFIRMATIONS[chosen] : undefined;
  const choose = (t: Transition) => {
    setChosen(t);
    if (CONFIRMATIONS[t]) dialog.current?.showModal();
  };
  const button = (t: Transition) => {
    const style = STEP_STYLE[t].style;
    // A step with nothing to ask is one click; the others first ask (a text, or a confirmation).
    return needsText(t) || CONFIRMATIONS[t] ? (
      <button key={t} type="button" className={style} onClick={() => choose(t)} disabled={pending}>
        {TRANSITIONS[t].label}…
      </button>
    ) : (
      <button key={t} name="transition" value={t} className={style} disabled={pending}>
        {TRANSITIONS[t].label}
      </button>
    );
  };
  const forward = allowed.filter((t) => STEP_STYLE[t].group === "forward");
  const back = allowed.filter((t) => STEP_STYLE[t].group === "back");
  return (
    <section className="card" aria-label="审核流程">
      <h2>审核流程</h2>
      <form action={formAction}>
        {text && chosen ? (
          // Returning or reopening: only this step's form, its own button and 取消 — no other step beside it.
          <fieldset className="workflow-text">
            <legend>{TRANSITIONS[chosen].label}</legend>
            {chosen === "return" && <PartSelect id="wf-path" label="意见针对的部分" parts={parts} />}
            <div className="field">
              <label htmlFor="wf-text">{text === "comment" ? "修改意见" : "重新打开的理由"}</label>
              <textarea id="wf-text" name="text" required />
            </div>
            <div className="workflow-buttons">
              <button name="transition" value={chosen} className={STEP_STYLE[chosen].style} disabled={pending}>
                {TRANSITIONS[chosen].label}
              </button>
              <button type="button" className="secondary" onClick={() => setChosen(null)}>
                取消
              </button>
            </div>
          </fieldset>
        ) : (
          <div className="workflow-buttons">
            {forward.map(button)}
            {back.length > 0 && <span className="workflow-gap" aria-hidden="true" />}
            {back.map(button)}
          </div>
        )}
        <dialog ref={dialog} aria-labelledby="wf-confirm-title" className="confirm" onClose={() => setChosen((c) => (c && CONFIRMATIONS[c] ? null : c))}>
          {confirmation && chosen && (
            <>
              <h2 id="wf-confirm-title">{confirmation.title}</h2>
              <p>{TRANSITIONS[chosen].label}后：</p>
              <ul>
                {confirmation.follows.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <div className="workflow-buttons">
                <button name="transition" value={chosen} className="primary" disabled={pending} onClick={() => dialog.current?.close()}>
                  {TRANSITIONS[chosen].label}
                </button>
                <button type="button" className="secondary" autoFocus onClick={() => dialog.current?.close()}>
                  取消
                </button>
              </div>
            </>
          )}
        </dialog>
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

"use client";

import { useMemo } from "react";
import { fieldLabel } from "@/lib/report/outline";
import { SEVERITY_LABELS, RULES, type Finding } from "@/lib/report/review-checks";
import { useEditor } from "./context";
import { useReview } from "./review";

/**
 * One finding a line: its severity, a link to its place (a button that goes
 * to the field), the sentence, the rule it comes from, and the sentences it
 * concerns (copied or stale text) folded under it.
 */
export function FindingList({ findings, onGoTo, label }: { findings: readonly Finding[]; onGoTo?: (path: string) => void; label: (path: string) => string }) {
  return (
    <ul className="findings">
      {findings.map((f, k) => (
        <li key={`${f.rule}-${f.path}-${k}`} className={`finding ${f.severity}`}>
          <span className={`badge ${f.severity === "blocking" ? "problems" : f.severity === "warning" ? "incomplete" : ""}`}>{SEVERITY_LABELS[f.severity]}</span>{" "}
          {onGoTo && f.path !== "" ? (
            <button type="button" className="link" onClick={() => onGoTo(f.path)}>
              {label(f.path)}
            </button>
          ) : (
            <span>{label(f.path)}</span>
          )}
          ：{f.message}
          <span className="muted rule">（依据：{RULES[f.rule]}）</span>
          {f.quotes && f.quotes.length > 0 && (
            <details>
              <summary>相关句子（{f.quotes.length}）</summary>
              <ul>
                {f.quotes.map((q, i) => (
                  <li key={i}>
                    <mark>{q}</mark>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** 审查提示: the review checks of the last snapshot (regulation, stale years, copied text, facts, figures, deadlines). */
export function FindingsPanel() {
  const { findings, report } = useReview();
  const { goTo, customFigureDefs } = useEditor();
  const label = useMemo(() => (path: string) => (path === "" ? "全文" : fieldLabel(path, report, customFigureDefs)), [report, customFigureDefs]);
  const shown = findings.filter((f) => f.severity !== "info" || f.rule === "deadline");
  return (
    <section className="panel" aria-label="审查提示">
      <h2>审查提示{shown.length > 0 ? `（${shown.length}）` : ""}</h2>
      {shown.length === 0 ? <p className="muted">暂无</p> : <FindingList findings={shown} onGoTo={goTo} label={label} />}
      {findings.length > shown.length && (
        <details>
          <summary className="muted">其他提示（{findings.length - shown.length}）</summary>
          <FindingList findings={findings.filter((f) => !shown.includes(f))} onGoTo={goTo} label={label} />
        </details>
      )}
    </section>
  );
}

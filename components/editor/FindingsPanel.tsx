"use client";

import { useMemo } from "react";
import { fieldLabel } from "@/lib/report/outline";
import type { Finding } from "@/lib/report/review-checks";
import { FindingList as SharedFindingList } from "@/components/report/FindingList";
import { useEditor } from "./context";
import { useReview } from "./review";

/** The findings with each place a button that goes to the field (the whole report's have none). */
export function FindingList({ findings, onGoTo, label }: { findings: readonly Finding[]; onGoTo?: (path: string) => void; label: (path: string) => string }) {
  return (
    <SharedFindingList
      findings={findings}
      place={(f) =>
        onGoTo && f.path !== "" ? (
          <button type="button" className="link" onClick={() => onGoTo(f.path)}>
            {label(f.path)}
          </button>
        ) : (
          <span>{label(f.path)}</span>
        )
      }
    />
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

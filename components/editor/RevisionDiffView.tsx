"use client";

import { useMemo, useRef, useState } from "react";
import { diffRuns, type DiffPart } from "@/lib/report/text-diff";

/**
 * A revision against the current text, with 上一处/下一处 to step through
 * the changes: a whole report is long, and a one-character edit is easy to
 * miss in it. The current change is outlined and focused (so a screen
 * reader reads it), which also scrolls it into view.
 */
export function RevisionDiffView({ version, parts }: { version: number; parts: DiffPart[] }) {
  const runs = useMemo(() => diffRuns(parts), [parts]);
  const changeCount = runs.filter((r) => r.kind === "change").length;
  const [current, setCurrent] = useState<number | null>(null);
  const marks = useRef<(HTMLSpanElement | null)[]>([]);

  const go = (index: number) => {
    const next = (index + changeCount) % changeCount;
    setCurrent(next);
    marks.current[next]?.focus();
  };

  let n = -1;
  return (
    <div className="diff" aria-label={`版本 ${version} 与当前内容的差异`}>
      <h3>
        版本 {version} → 当前内容（<del>删去</del> <ins>新增</ins>）
      </h3>
      {changeCount === 0 ? (
        <p className="muted">内容相同</p>
      ) : (
        <>
          <div className="diff-nav">
            <button type="button" className="small" onClick={() => go(current === null ? changeCount - 1 : current - 1)}>
              上一处
            </button>
            <button type="button" className="small" onClick={() => go(current === null ? 0 : current + 1)}>
              下一处
            </button>
            <span role="status">{current === null ? `共 ${changeCount} 处修改` : `第 ${current + 1} / ${changeCount} 处修改`}</span>
          </div>
          <pre className="diff-body">
            {runs.map((run, i) => {
              if (run.kind === "same") return <span key={i}>{run.text}</span>;
              const k = ++n;
              return (
                <span
                  key={i}
                  ref={(el) => {
                    marks.current[k] = el;
                  }}
                  tabIndex={-1}
                  className={k === current ? "diff-change current" : "diff-change"}
                  aria-label={`第 ${k + 1} 处修改`}
                >
                  {run.parts.map((p, j) => (p.kind === "added" ? <ins key={j}>{p.text}</ins> : <del key={j}>{p.text}</del>))}
                </span>
              );
            })}
          </pre>
        </>
      )}
    </div>
  );
}

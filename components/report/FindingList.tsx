import type { ReactNode } from "react";
import { RULES, SEVERITY_LABELS, type Finding } from "@/lib/report/review-checks";

const BADGE: Record<Finding["severity"], string> = { blocking: "problems", warning: "incomplete", info: "" };

/**
 * One finding a line: its severity, its place (as the caller links it: a
 * button in the editor, a link on the reviewer's page), the sentence, the
 * rule it comes from, and the sentences it concerns (copied or stale text)
 * folded under it.
 */
export function FindingList({ findings, place }: { findings: readonly Finding[]; place: (finding: Finding) => ReactNode }) {
  return (
    <ul className="findings">
      {findings.map((f, k) => (
        <li key={`${f.rule}-${f.path}-${k}`} className={`finding ${f.severity}`}>
          <span className={`badge ${BADGE[f.severity]}`}>{SEVERITY_LABELS[f.severity]}</span> {place(f)}：{f.message}
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

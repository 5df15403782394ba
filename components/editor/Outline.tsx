"use client";

import { memo, useDeferredValue, useMemo } from "react";
import { outlineParts, partCharacters, partStatus, PART_STATUS_LABELS, reportCharacters } from "@/lib/report/outline";
import { parseReport } from "@/lib/report/parse";
import { proseIssues } from "@/lib/report/prose-numbers";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import { useSnapshot } from "./context";

/** What the final schema and the prose check say about the values: the outline's and the summary's source. */
export function reviewIssues(report: Report): ReportIssue[] {
  const result = parseReport(report, "final");
  return [...(result.ok ? [] : result.issues), ...proseIssues(report)];
}

export const Outline = memo(function Outline({ active, onSelect, onAddSection }: { active: string; onSelect: (key: string) => void; onAddSection: () => void }) {
  const snapshot = useDeferredValue(useSnapshot());
  const rows = useMemo(() => {
    const issues = reviewIssues(snapshot);
    return outlineParts(snapshot).map((part) => ({
      part,
      status: partStatus(snapshot, part, issues),
      characters: partCharacters(snapshot, part),
    }));
  }, [snapshot]);
  const total = useMemo(() => reportCharacters(snapshot), [snapshot]);
  let addAfter = -1;
  rows.forEach((r, i) => {
    if (r.part.key.startsWith("measures")) addAfter = i;
  });
  return (
    <nav className="outline" aria-label="报告大纲">
      <ol>
        {rows.map(({ part, status, characters }, i) => (
          <li key={part.key}>
            <button type="button" aria-current={part.key === active ? "true" : undefined} className={`outline-part status-${status}`} onClick={() => onSelect(part.key)}>
              <span className="outline-label">{part.label}</span>
              <span className="outline-meta">
                <span className={`badge ${status}`}>{PART_STATUS_LABELS[status]}</span>
                {characters > 0 && <span className="count">{characters}字</span>}
              </span>
            </button>
            {i === addAfter && (
              <button type="button" className="small add-section" onClick={onAddSection}>
                ＋ 添加工作举措部分
              </button>
            )}
          </li>
        ))}
      </ol>
      <p className="total" aria-label="全文字数">
        全文 {total} 字
      </p>
    </nav>
  );
});

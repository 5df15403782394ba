"use client";

import { memo, useMemo } from "react";
import { figuresFilled, outlineParts, partCharacters, partStatus, PART_STATUS_LABELS, reportCharacters } from "@/lib/report/outline";
import { CommentCount } from "./comments/CommentThreads";
import { useEditor } from "./context";
import { useReview } from "./review";

/**
 * The report's entries in reading order: 基本信息, 报告结构, 导语, each part
 * as it prints (一、…), the figures by topic (the custom figures' own
 * topics after the catalogue's), 结束语与附件. Parts are keyed
 * by id, so an entry follows its part when the author moves it.
 */
export const Outline = memo(function Outline({ active, onSelect, onAddPart }: { active: string; onSelect: (key: string) => void; onAddPart: () => void }) {
  const { report: snapshot, final, problems } = useReview();
  const { customFigureDefs } = useEditor();
  const rows = useMemo(
    () =>
      outlineParts(snapshot, customFigureDefs).map((part) => ({
        part,
        // The same problems 待解决的问题 lists: the badge and the panel cannot disagree.
        status: partStatus(snapshot, part, final, problems),
        characters: partCharacters(snapshot, part),
        figures: figuresFilled(snapshot, part),
      })),
    [snapshot, final, problems, customFigureDefs],
  );
  const total = useMemo(() => reportCharacters(snapshot), [snapshot]);
  const lastPart = rows.findLastIndex((r) => r.part.kind === "part" || r.part.kind === "structure");
  return (
    <nav className="outline" aria-label="报告大纲">
      <ol>
        {rows.map(({ part, status, characters, figures }, i) => (
          <li key={part.key}>
            <button type="button" aria-current={part.key === active ? "true" : undefined} className={`outline-part status-${status}`} onClick={() => onSelect(part.key)}>
              <span className="outline-label">{part.label}</span>
              <span className="outline-meta">
                <span className={`badge ${status}`}>{PART_STATUS_LABELS[status]}</span>
                {figures ? (
                  <span className="count">
                    {figures.filled}/{figures.total}
                  </span>
                ) : (
                  characters > 0 && <span className="count">{characters}字</span>
                )}
                <CommentCount entryKey={part.key} />
              </span>
            </button>
            {i === lastPart && (
              <button type="button" className="small add-part-link" onClick={onAddPart}>
                ＋ 添加部分
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

"use client";

import { useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { headingNumber } from "@/lib/report/numbering";
import { partKey } from "@/lib/report/outline";
import { PART_CATALOGUE } from "@/lib/report/part-catalogue";
import { printedPartNumbers } from "@/lib/report/part-numbers";
import { partName, partFilled, type Part, type Report } from "@/lib/report/schema";
import { AddPart } from "./AddPart";
import type { PartList } from "./part-list";
import { RegulationChecklist } from "./RegulationChecklist";
import { useReview } from "./review";
import { RowControls, useUndoRemove } from "./rows";
import type { Removed } from "./sections";

/** What a part still lacks, as the drafter should know it while arranging the report. */
function partNote(part: Part): string | null {
  const def = PART_CATALOGUE[part.kind];
  if (!partFilled(part)) return def.required ? "尚无内容，提交审核前需填写" : "尚无内容，不会印出";
  if ("heading" in part && part.heading.trim() === "") return "有内容但没有标题";
  return null;
}

/**
 * 报告结构: the parts in the author's order. Each can move up or down (the
 * buttons, or Alt+↑ / Alt+↓ anywhere in its row; focus stays on the row and
 * the move is announced), be removed (with 撤销删除), or be opened; a part of
 * any kind can be added anywhere; and the regulation's five contents show
 * which part answers each.
 */
export function StructureView({ parts, onSelect }: { parts: PartList; onSelect: (key: string) => void }) {
  const { control, getValues } = useFormContext<Report>();
  // Watched so the view follows every change of the list; looked up by id, since
  // the field array's order and the watched values may be a render apart.
  const watched = useWatch({ control, name: "parts" });
  const byId = new Map(watched.map((p) => [p.id, p]));
  const rows = parts.entries.map((entry, i) => byId.get(entry.id) ?? getValues(`parts.${i}`));
  const numbers = printedPartNumbers(rows);
  const { final } = useReview();
  const missing = final.filter((issue) => issue.path === "parts");

  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<{ id: string; element: Element | null } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-part-id="${CSS.escape(focus.id)}"]`);
    const { element } = focus;
    // React may have moved the focused row in the DOM, which drops focus: put it back,
    // on the row itself where the control that had it is now disabled (上移 at the top).
    if (element instanceof HTMLButtonElement && !element.disabled && row?.contains(element)) element.focus();
    else row?.focus();
  }, [focus]);

  const move = (from: number, to: number) => {
    const part = rows[from];
    if (!part || to < 0 || to >= rows.length) return;
    const element = document.activeElement;
    parts.move(from, to);
    setFocus({ id: part.id, element });
    setAnnouncement(`已将“${partName(part)}”移到第${to + 1}位（共${rows.length}个部分）`);
  };

  const { remember, undo } = useUndoRemove<Removed<Part>>((index, removed) => {
    parts.insert(index, removed.value, removed.marks);
    setAnnouncement(`已恢复“${partName(removed.value)}”`);
  });
  const remove = (index: number) => {
    const removed = parts.remove(index);
    if (removed) remember(index, removed, `“${partName(removed.value)}”部分`);
  };

  const keyDown = (index: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(index, e.key === "ArrowUp" ? index - 1 : index + 1);
  };

  return (
    <>
      <p className="muted">
        报告按下列顺序印出，编号（一、二、…）随顺序和内容自动生成，没有内容的部分不印出。用“上移”“下移”按钮，或在某一行中按 Alt+↑、Alt+↓ 调整顺序。
      </p>
      {missing.length > 0 && (
        <section className="notice warn" aria-label="缺少的部分">
          <p>提交审核前还需要：</p>
          <ul>
            {missing.map((m) => (
              <li key={m.message}>{m.message}</li>
            ))}
          </ul>
        </section>
      )}
      <ol className="structure" ref={list} aria-label="报告的各部分">
        {rows.map((part, i) => {
          const n = numbers[i] ?? null;
          const note = partNote(part);
          const name = partName(part);
          return (
            <li key={part.id} data-part-id={part.id} tabIndex={-1} className="structure-row" onKeyDown={keyDown(i)}>
              <span className="structure-number">{n === null ? "不编号" : headingNumber(1, n)}</span>
              <span className="structure-part">
                <button type="button" className="link" onClick={() => onSelect(partKey(part.id))}>
                  {name}
                </button>
                <span className="muted">
                  {PART_CATALOGUE[part.kind].name}
                  {note && `；${note}`}
                </span>
              </span>
              <RowControls name={`“${name}”`} index={i} count={rows.length} onMove={move} onRemove={remove} />
            </li>
          );
        })}
      </ol>
      {undo}
      <p className="sr-only" role="status" aria-live="polite" aria-label="结构调整">
        {announcement}
      </p>
      <AddPart parts={parts} rows={rows} />
      <RegulationChecklist rows={rows} numbers={numbers} />
    </>
  );
}

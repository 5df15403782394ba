"use client";

import { useState } from "react";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, TOPIC_KEYS, isFigureId, type FigureId } from "@/lib/report/figures";

/**
 * Inserts a figure reference where the cursor is. The list is rendered only
 * when asked for: dozens of text areas each carrying 48 options would slow
 * the page for nothing.
 */
export function ReferencePicker({ onPick }: { onPick: (id: FigureId) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)}>
        插入数据
      </button>
    );
  }
  return (
    <select
      className="picker"
      aria-label="选择要插入的数据"
      autoFocus
      defaultValue=""
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      onChange={(e) => {
        const id = e.target.value;
        setOpen(false);
        if (isFigureId(id)) onPick(id);
      }}
    >
      <option value="" disabled>
        选择要插入的数据…
      </option>
      {TOPIC_KEYS.map((topic) => (
        <optgroup key={topic} label={FIGURE_CATALOGUE[topic].label}>
          {FIGURE_ENTRIES.filter((e) => e.topic === topic).map((e) => (
            <option key={e.id} value={e.id}>
              {e.def.label}（{e.def.kind === "rate" ? "%" : e.def.unit}）
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

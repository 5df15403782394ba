"use client";
import { useActionState, useEffect } from "react";
import type { SetFromUnitsResult } from "@/lib/server/collection/units-sum.schema";

/** 设为各单位合计: picks one figure of the parent's report to follow its units' total. */
export function UnitsSumForm({ figures, action }: { figures: readonly { id: string; label: string }[]; action: (prev: unknown, form: FormData) => Promise<SetFromUnitsResult> }) {
  const [state, send, pending] = useActionState(action, null);
  // The report now has a newer version than the editor holds: load it, or the next autosave would meet a conflict.
  useEffect(() => {
    if (state?.ok) window.location.reload();
  }, [state]);
  return (
    <form action={send} style={{ display: "flex", gap: "0.5rem", alignItems: "end", flexWrap: "wrap" }}>
      <div className="field" style={{ marginBottom: 0, maxWidth: 320 }}>
        <label htmlFor="units-sum-figure">数据项</label>
        <select id="units-sum-figure" name="figureId">
          {figures.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <button disabled={pending}>设为各单位合计</button>
      {state && (
        <span role="status" className={state.ok ? "muted" : "error"}>
          {state.ok ? ` 已设为各单位合计：${state.value}` : ` ${state.message}`}
        </span>
      )}
    </form>
  );
}

import type { ReactNode } from "react";
import type { FigureSourceView } from "@/lib/server/collection/list-figure-sources";

/**
 * 数据来源, beside the editor: each figure that came from the units (各单位合计,
 * kept in step until someone types another value) or from a department's
 * reply (数据征集), with where it came from.
 */
export function FigureSourcesPanel({ sources, children }: { sources: readonly FigureSourceView[]; children?: ReactNode }) {
  if (sources.length === 0 && !children) return null;
  return (
    <section className="card" aria-label="数据来源" style={{ maxWidth: 1200, margin: "0 auto 1rem" }}>
      <h2 style={{ marginTop: 0 }}>数据来源</h2>
      {sources.length > 0 && (
        <ul>
          {sources.map((s) => (
            <li key={s.figureId} data-figure={s.figureId}>
              <strong>{s.label}</strong> {s.value} — {s.detail}
              {s.kind === "units" && <span className="muted">（随下级单位报送自动更新，改写数值后即固定）</span>}
              {s.changedTo !== null && <span className="error">（已改为 {s.changedTo}）</span>}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

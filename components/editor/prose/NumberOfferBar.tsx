"use client";

import type { FigureId, Figures } from "@/lib/report/figures";
import { findFigure, storedFigure } from "@/lib/report/figures";
import { formatFigureValue } from "@/lib/report/figure-value";
import type { NumberOffer } from "./number-offer";

/**
 * Shown under a prose field when the number just typed equals figures'
 * values: one click binds it, so the text keeps following the data. Typing
 * on (or moving the cursor) dismisses it; nothing is bound unasked.
 */
export function NumberOfferBar({ offer, figures, onBind, onDismiss }: { offer: NumberOffer; figures: Figures; onBind: (id: FigureId) => void; onDismiss: () => void }) {
  return (
    <div className="number-offer" role="group" aria-label="绑定数据">
      <span>“{offer.typed}”与数据相同，改为引用：</span>
      {offer.figures.map((id) => {
        const entry = findFigure(id);
        const value = storedFigure(figures, id);
        const unit = entry?.def.kind === "rate" ? "%" : (entry?.def.unit ?? "");
        return (
          <button
            key={id}
            type="button"
            className="small"
            // Keeps the cursor in the text: the bind replaces the number just before it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onBind(id)}
          >
            {entry?.def.label} {value === null ? "" : formatFigureValue(value)}
            {unit}
          </button>
        );
      })}
      <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={onDismiss}>
        忽略
      </button>
    </div>
  );
}

"use client";

import { useState, type KeyboardEvent, type ReactNode } from "react";

/**
 * Move and remove controls for a row of a list. The buttons are in the tab
 * order; Alt+↑ / Alt+↓ anywhere in the row moves it too. Focus stays on the
 * element that had it, which moves with the row because rows are keyed by
 * their field id.
 */
export function RowControls({ name, index, count, onMove, onRemove }: { name: string; index: number; count: number; onMove: (from: number, to: number) => void; onRemove: (index: number) => void }) {
  return (
    <span className="row-controls">
      <button type="button" className="small" aria-label={`上移${name}`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        上移
      </button>
      <button type="button" className="small" aria-label={`下移${name}`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
        下移
      </button>
      <button type="button" className="small danger" aria-label={`删除${name}`} onClick={() => onRemove(index)}>
        删除
      </button>
    </span>
  );
}

export function rowKeyDown(index: number, count: number, onMove: (from: number, to: number) => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    const to = e.key === "ArrowUp" ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    e.preventDefault();
    e.stopPropagation();
    const focused = document.activeElement;
    onMove(index, to);
    requestAnimationFrame(() => {
      if (focused instanceof HTMLElement) focused.focus();
    });
  };
}

/** The last removed row can be put back: removing is one click, so undoing it must be too. */
export function useUndoRemove<T>(insert: (index: number, value: T) => void) {
  const [removed, setRemoved] = useState<{ index: number; value: T; name: string } | null>(null);
  const undo: ReactNode = removed && (
    <p className="undo" role="status">
      已删除{removed.name}。
      <button
        type="button"
        className="small"
        onClick={() => {
          insert(removed.index, removed.value);
          setRemoved(null);
        }}
      >
        撤销删除
      </button>
    </p>
  );
  return { remember: (index: number, value: T, name: string) => setRemoved({ index, value, name }), undo };
}

"use client";
import { useActionState } from "react";
import type { SaveReplyResult } from "@/lib/server/collection/collection.schema";

export interface AskedFigure {
  id: string;
  label: string;
  unit: string;
  value: string;
  note: string;
}

/** A department's form: only the figures asked of it, each with its value and where it comes from. */
export function ReplyForm({ replyId, figures, locked, action }: { replyId: string; figures: readonly AskedFigure[]; locked: boolean; action: (prev: unknown, form: FormData) => Promise<SaveReplyResult> }) {
  const [state, send, pending] = useActionState(action, null);
  const issue = (path: string) => (state && !state.ok ? state.issues?.find((i) => i.path === path)?.message : undefined);
  const typed = (path: string, fallback: string) => (state && !state.ok ? state.values?.[path] : undefined) ?? fallback;
  return (
    <form action={send} aria-label="填报数据">
      <input type="hidden" name="replyId" value={replyId} />
      <table className="list card">
        <thead>
          <tr>
            <th>数据项</th>
            <th>数值</th>
            <th>数据来源</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <label htmlFor={`value-${f.id}`}>
                  {f.label}（{f.unit}）
                </label>
              </th>
              <td>
                <input id={`value-${f.id}`} name={`value:${f.id}`} defaultValue={typed(`value:${f.id}`, f.value)} disabled={locked} aria-invalid={!!issue(`value:${f.id}`)} placeholder="如 77、500余" />
                {issue(`value:${f.id}`) && <p className="error">{issue(`value:${f.id}`)}</p>}
              </td>
              <td>
                <input
                  aria-label={`${f.label}的数据来源`}
                  name={`note:${f.id}`}
                  defaultValue={typed(`note:${f.id}`, f.note)}
                  disabled={locked}
                  aria-invalid={!!issue(`note:${f.id}`)}
                  placeholder="如 信访信息系统统计"
                />
                {issue(`note:${f.id}`) && <p className="error">{issue(`note:${f.id}`)}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!locked && (
        <p style={{ display: "flex", gap: "0.5rem" }}>
          <button name="intent" value="save" disabled={pending}>
            暂存
          </button>
          <button name="intent" value="submit" className="primary" disabled={pending}>
            报送
          </button>
        </p>
      )}
      {state && (
        <p role="status" className={state.ok ? "muted" : "error"}>
          {state.ok ? (state.status === "submitted" ? "已报送" : "已暂存") : state.message}
        </p>
      )}
    </form>
  );
}

"use client";

import { useState } from "react";
import type { CommentView } from "@/lib/server/comments/add-comment.schema";
import { useComments } from "./CommentsProvider";

/**
 * 批注 on an item or a figure: a small button beside it opening a one-field
 * form. `place` says, when it is sent, where the thread shows (the part's
 * key, or the figures' topic) and what it is on (the item's path in its
 * part, the figure's id).
 */
export function AnchorComment({ anchor, place, what }: { anchor: Extract<CommentView["anchor"], "item" | "figure">; place: () => { path: string; field: string }; what: string }) {
  const { actions, reportId, added } = useComments();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  if (!actions) return null;
  if (!open) {
    return (
      <button type="button" className="small" aria-label={`批注${what}`} onClick={() => setOpen(true)}>
        批注
      </button>
    );
  }
  const submit = async () => {
    setBusy(true);
    const result = await actions.add({ reportId, ...place(), anchor, body });
    setBusy(false);
    if (!result.ok) return setError(result.issues?.[0]?.message ?? result.message);
    added(result.comment);
    setOpen(false);
    setBody("");
    setError("");
  };
  return (
    <div className="comment-form" role="group" aria-label={`批注${what}`}>
      <textarea aria-label="批注内容" rows={2} value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="small" disabled={busy} onClick={submit}>
        提交批注
      </button>
      <button type="button" className="small" onClick={() => setOpen(false)}>
        取消
      </button>
    </div>
  );
}

"use client";

import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { Editor } from "@tiptap/react";
import { anchorOf, placeOfField, type TextAnchor } from "@/lib/report/comment-anchor";
import type { Report } from "@/lib/report/schema";
import { docToText, posToStored } from "../prose/doc";
import { useComments } from "./CommentsProvider";

/**
 * 批注所选文字: shown under a prose field while words are selected in it.
 * The selection is taken when the button is pressed (the form below takes
 * the focus), as the quote, its offset and its context in the stored text.
 */
export function SelectionComment({ editor, name, selecting }: { editor: Editor; name: string; selecting: boolean }) {
  const { actions, reportId, added } = useComments();
  const { getValues } = useFormContext<Report>();
  const [anchor, setAnchor] = useState<TextAnchor | null>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  if (!actions) return null;

  if (!anchor) {
    if (!selecting) return null;
    return (
      <button
        type="button"
        className="small"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          const { from, to, empty } = editor.state.selection;
          if (empty) return;
          const { doc } = editor.state;
          setAnchor(anchorOf(docToText(doc), posToStored(doc, from), posToStored(doc, to)));
        }}
      >
        批注所选文字
      </button>
    );
  }

  const submit = async () => {
    setBusy(true);
    const place = placeOfField(getValues(), name);
    const result = await actions.add({ reportId, path: place.path, field: place.field, anchor: "text", body, ...anchor });
    setBusy(false);
    if (!result.ok) return setError(result.issues?.[0]?.message ?? result.message);
    added(result.comment);
    setAnchor(null);
    setBody("");
    setError("");
  };

  return (
    <div className="comment-form" role="group" aria-label="添加批注">
      <p className="muted">批注：“{anchor.quote.length > 60 ? `${anchor.quote.slice(0, 60)}…` : anchor.quote}”</p>
      <textarea aria-label="批注内容" rows={2} value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="small" disabled={busy} onClick={submit}>
        提交批注
      </button>
      <button type="button" className="small" onClick={() => setAnchor(null)}>
        取消
      </button>
    </div>
  );
}

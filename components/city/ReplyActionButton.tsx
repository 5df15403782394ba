"use client";
import { useActionState } from "react";

type Result = { ok: true } | { ok: false; message: string };

/** One button on one department's reply (催报, 采纳) that says at once what happened. */
export function ReplyActionButton({ replyId, label, done, action }: { replyId: string; label: string; done: string; action: (prev: unknown, form: FormData) => Promise<Result> }) {
  const [state, send, pending] = useActionState(action, null);
  return (
    <form action={send} style={{ display: "inline" }}>
      <input type="hidden" name="replyId" value={replyId} />
      <button disabled={pending}>{label}</button>
      {state && (
        <span role="status" className={state.ok ? "muted" : "error"}>
          {state.ok ? ` ${done}` : ` ${state.message}`}
        </span>
      )}
    </form>
  );
}

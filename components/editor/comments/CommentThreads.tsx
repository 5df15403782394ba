"use client";

import { useEffect, useRef, useState } from "react";
import type { CommentView } from "@/lib/server/comments/add-comment.schema";
import { findFigure } from "@/lib/report/figures";
import { headingNumber } from "@/lib/report/numbering";
import { partKey as keyOfPart } from "@/lib/report/outline";
import type { Report } from "@/lib/report/schema";
import { useSnapshot } from "../context";
import { useComments, useCurrentThread, type Thread } from "./CommentsProvider";

/**
 * Whether a thread belongs beside an outline entry: one on "figures" shows on
 * every topic's figures, one on "part:<id>" on that part, one on the whole
 * report ("") everywhere.
 */
export const concerns = (threadKey: string, entryKey: string) =>
  threadKey === "" || entryKey === threadKey || entryKey.startsWith(`${threadKey}.`) || threadKey.startsWith(`${entryKey}.`);

const chinaTime = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

function Byline({ c }: { c: CommentView }) {
  return (
    <span className="muted">
      — {c.author}，{chinaTime(c.createdAt)}
    </span>
  );
}

/** An item comment's item as the author sees it now: 事项（二）and its heading; 已删除 when the item is gone. */
function itemLabel(report: Report, partKey: string, itemId: string): string {
  const part = report.parts.find((p) => keyOfPart(p.id) === partKey);
  const items: readonly { id: string; heading: string }[] = part && "items" in part ? part.items : [];
  const i = items.findIndex((item) => item.id === itemId);
  const item = items[i];
  return item ? `事项${headingNumber(2, i + 1)}${item.heading}` : "事项已删除";
}

/** Shows the highlighted words a comment is on. */
function showInText(id: string) {
  const mark = document.querySelector<HTMLElement>(`[data-comment="${CSS.escape(id)}"]`);
  mark?.scrollIntoView({ block: "center" });
}

function ThreadView({ thread }: { thread: Thread }) {
  const { actions, reportId, added, resolved } = useComments();
  const report = useSnapshot();
  const [reply, setReply] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const { comment, replies, placement } = thread;
  const orphaned = comment.anchor === "text" && placement === null;
  // A click on the thread's highlighted words brings the thread into view and marks it, leaving the cursor in the text.
  const current = useCurrentThread();
  const isCurrent = current?.id === comment.id;
  const item = useRef<HTMLLIElement>(null);
  const asked = isCurrent ? current.n : 0;
  useEffect(() => {
    if (asked > 0) item.current?.scrollIntoView({ block: "nearest" });
  }, [asked]);

  const run = async (act: () => Promise<{ ok: true } | { ok: false; message: string; issues?: { message: string }[] }>) => {
    setBusy(true);
    const result = await act();
    setBusy(false);
    setError(result.ok ? "" : (result.issues?.[0]?.message ?? result.message));
    return result.ok;
  };

  return (
    <li ref={item} className={`comment-thread${orphaned ? " orphaned" : ""}`} aria-current={isCurrent ? "true" : undefined}>
      <article aria-label={`批注：${comment.body}`}>
        {comment.anchor === "text" &&
          (orphaned ? (
            <p className="comment-quote">
              <span className="badge problems">已失去定位</span> 原文“{comment.quote}”已被删除或改写
            </p>
          ) : (
            <p className="comment-quote">
              <button type="button" className="link" onClick={() => showInText(comment.id)}>
                “{comment.quote}”
              </button>
            </p>
          ))}
        {comment.anchor === "item" && <p className="comment-quote">{itemLabel(report, thread.partKey, comment.field)}</p>}
        {comment.anchor === "figure" && <p className="comment-quote">数据：{findFigure(comment.field)?.def.label ?? comment.field}</p>}
        <p>
          {comment.body} <Byline c={comment} />
        </p>
        {replies.length > 0 && (
          <ul className="comment-replies" aria-label="回复">
            {replies.map((r) => (
              <li key={r.id}>
                {r.body} <Byline c={r} />
              </li>
            ))}
          </ul>
        )}
        {actions && (
          <div className="comment-actions">
            <textarea aria-label="回复批注" rows={1} value={reply} onChange={(e) => setReply(e.target.value)} />
            <button
              type="button"
              className="small"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const r = await actions.reply({ reportId, commentId: comment.id, body: reply });
                  if (r.ok) {
                    added(r.comment);
                    setReply("");
                  }
                  return r;
                })
              }
            >
              回复
            </button>
            <button
              type="button"
              className="small"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const r = await actions.resolve({ reportId, commentId: comment.id });
                  // Also when someone else resolved it first: it is handled either way.
                  if (r.ok || r.status === "missing") resolved(comment.id);
                  return r;
                })
              }
            >
              已处理
            </button>
          </div>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </article>
    </li>
  );
}

/** The open 批注 of the entry being edited, each with its replies; selection comments whose words are gone are listed as 已失去定位. */
export function CommentThreads({ partKey }: { partKey: string }) {
  const { threads } = useComments();
  const here = threads.filter((t) => concerns(t.partKey, partKey));
  if (here.length === 0) return null;
  return (
    <section className="comment-threads" aria-label="本部分的批注">
      <strong>批注（{here.length}）</strong>
      <ol>
        {here.map((t) => (
          <ThreadView key={t.comment.id} thread={t} />
        ))}
      </ol>
    </section>
  );
}

/** The outline's count of open 批注 on an entry (whole-report comments are not counted on every entry). */
export function CommentCount({ entryKey }: { entryKey: string }) {
  const { threads } = useComments();
  const n = threads.filter((t) => t.partKey !== "" && concerns(t.partKey, entryKey)).length;
  if (n === 0) return null;
  return (
    <span className="comment-count" aria-label={`${n}条批注未处理`}>
      批注 {n}
    </span>
  );
}

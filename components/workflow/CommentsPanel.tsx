"use client";
import { PartSelect } from "./PartSelect";
import { useActionState } from "react";
import type { AddCommentResult } from "@/lib/server/comments/add-comment.schema";
import type { ResolveCommentResult } from "@/lib/server/comments/resolve-comment.schema";

export interface CommentItem {
  id: string;
  path: string;
  partLabel: string;
  body: string;
  author: string;
  createdAt: string;
  resolved: boolean;
}

/** Comments on the report: open ones first; reviewers and the parent add them, writers mark them handled. */
export function CommentsPanel({
  comments,
  parts,
  canComment,
  add,
  resolve,
}: {
  comments: CommentItem[];
  parts: { path: string; label: string }[];
  canComment: boolean;
  add: (prev: AddCommentResult | null, form: FormData) => Promise<AddCommentResult>;
  resolve: (commentId: string) => Promise<ResolveCommentResult>;
}) {
  const [state, addAction, pending] = useActionState<AddCommentResult | null, FormData>(add, null);
  const open = comments.filter((c) => !c.resolved);
  const done = comments.filter((c) => c.resolved);
  return (
    <section className="card" aria-label="审核意见">
      <h2>审核意见（{open.length} 条未处理）</h2>
      <ul>
        {[...open, ...done].map((c) => (
          <li key={c.id} className={c.resolved ? "resolved" : undefined}>
            <strong>{c.partLabel}</strong>：{c.body} <span className="muted">— {c.author}，{c.createdAt}</span>{" "}
            {c.resolved ? (
              <span className="status">已处理</span>
            ) : (
              canComment && (
                <button type="button" onClick={() => void resolve(c.id)}>
                  标记为已处理
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {canComment && (
        <form action={addAction} aria-label="添加意见">
          <PartSelect id="c-path" label="针对的部分" parts={parts} />
          <div className="field">
            <label htmlFor="c-body">意见</label>
            <textarea id="c-body" name="body" />
          </div>
          {state?.ok === false && <p className="error">{state.message}</p>}
          <button disabled={pending}>添加意见</button>
        </form>
      )}
    </section>
  );
}

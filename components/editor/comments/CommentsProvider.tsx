"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { commentPath } from "@/lib/report/commentable-parts";
import { placeAnchor, type Placement } from "@/lib/report/comment-anchor";
import type { AddCommentInput, AddCommentResult, CommentView, ReplyCommentInput, ReplyCommentResult } from "@/lib/server/comments/add-comment.schema";
import type { ResolveCommentInput, ResolveCommentResult } from "@/lib/server/comments/resolve-comment.schema";
import { useSnapshot } from "../context";
import { sameComments, useLiveComments, type ListComments } from "./live-comments";

/** The server actions the editor's 批注 use, handed down by the page. */
export interface CommentActions {
  add: (input: AddCommentInput) => Promise<AddCommentResult>;
  reply: (input: ReplyCommentInput) => Promise<ReplyCommentResult>;
  resolve: (input: ResolveCommentInput) => Promise<ResolveCommentResult>;
  /** The open threads as the server has them now: without it the editor shows only the comments it was opened with and its own. */
  list?: ListComments;
}

/** An open comment with its replies and, for a selection, where its words stand now (null: 已失去定位). */
export interface Thread {
  comment: CommentView;
  replies: CommentView[];
  /** The part it shows beside (legacy paths read as today's parts). */
  partKey: string;
  placement: Placement | undefined;
}

export interface FieldAnchor {
  id: string;
  quote: string;
  start: number;
  prefix: string;
  suffix: string;
}

interface CommentsValue {
  threads: Thread[];
  /** The selection comments each text shows highlighted, by field path. */
  anchors: ReadonlyMap<string, readonly FieldAnchor[]>;
  actions: CommentActions | null;
  reportId: string;
  added: (comment: CommentView) => void;
  resolved: (id: string) => void;
  /** Brings a thread into view and marks it (a click on its highlighted words). */
  showThread: (id: string) => void;
}

const CommentsContext = createContext<CommentsValue | null>(null);

/** The thread last asked for by a click on its highlighted words; `n` tells a second click on the same one from the first. */
export type CurrentThread = { id: string; n: number } | null;
const CurrentThreadContext = createContext<CurrentThread>(null);
const NO_ANCHORS: readonly FieldAnchor[] = [];

/**
 * The report's open 批注, kept in the browser once loaded: a comment added,
 * answered or resolved here shows at once, one by someone else within a few
 * seconds (live-comments.ts). Where each selection comment
 * stands is worked out from the snapshot (after a pause in typing), never
 * on a keystroke; between snapshots each field maps its highlights through
 * the edits itself.
 */
export function CommentsProvider({ reportId, initial, actions, children }: { reportId: string; initial: readonly CommentView[]; actions: CommentActions | null; children: ReactNode }) {
  const report = useSnapshot();
  const [comments, setComments] = useState<readonly CommentView[]>(initial);
  const localChanges = useRef(0);
  const added = useCallback((c: CommentView) => {
    localChanges.current += 1;
    setComments((all) => [...all, c]);
  }, []);
  const resolved = useCallback((id: string) => {
    localChanges.current += 1;
    setComments((all) => all.filter((c) => c.id !== id && c.parentId !== id));
  }, []);
  // Others' comments, replies and 已处理 arrive by polling; an unchanged answer re-renders nothing.
  const fromServer = useCallback((next: CommentView[]) => setComments((all) => (sameComments(all, next) ? all : next)), []);
  useLiveComments(actions?.list ?? null, reportId, localChanges, fromServer);

  const threads = useMemo(
    () =>
      comments
        .filter((c) => c.parentId === null && c.resolvedAt === null)
        .map((comment) => ({
          comment,
          replies: comments.filter((r) => r.parentId === comment.id),
          partKey: commentPath(report, comment.path),
          placement: comment.anchor === "text" ? placeAnchor(report, comment.path, comment.field, comment) : undefined,
        })),
    [comments, report],
  );

  // Rebuilt only when a placement changes, so the fields re-render only then.
  const anchorKey = threads.map((t) => (t.placement ? `${t.comment.id}@${t.placement.field}` : "")).join("|");
  const anchors = useMemo(() => {
    const map = new Map<string, FieldAnchor[]>();
    for (const t of threads) {
      if (!t.placement) continue;
      const { id, quote, start, prefix, suffix } = t.comment;
      map.set(t.placement.field, [...(map.get(t.placement.field) ?? []), { id, quote, start, prefix, suffix }]);
    }
    return map;
    // Keyed by the placements: a comment's quote and context never change, only where it stands.
  }, [anchorKey]);

  // In a context of its own, so that a click on highlighted words re-renders the thread list only.
  const [current, setCurrent] = useState<CurrentThread>(null);
  const showThread = useCallback((id: string) => setCurrent((c) => ({ id, n: (c?.n ?? 0) + 1 })), []);
  const value = useMemo(() => ({ threads, anchors, actions, reportId, added, resolved, showThread }), [threads, anchors, actions, reportId, added, resolved, showThread]);
  return (
    <CommentsContext.Provider value={value}>
      <CurrentThreadContext.Provider value={current}>{children}</CurrentThreadContext.Provider>
    </CommentsContext.Provider>
  );
}

export function useComments(): CommentsValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error("useComments outside the report editor");
  return value;
}

/** The selection comments to highlight in one text field. */
export function useFieldAnchors(field: string): readonly FieldAnchor[] {
  return useContext(CommentsContext)?.anchors.get(field) ?? NO_ANCHORS;
}

/** Whether the field may take a new 批注 (the page handed down the actions). */
export function useCanComment(): boolean {
  return useContext(CommentsContext)?.actions != null;
}

/** The thread a click on its words asked for last. */
export function useCurrentThread(): CurrentThread {
  return useContext(CurrentThreadContext);
}

const NO_THREAD = () => undefined;

/** Shows the thread of a highlight (its data-comment id); nothing outside the editor's comments. */
export function useShowThread(): (id: string) => void {
  return useContext(CommentsContext)?.showThread ?? NO_THREAD;
}

"use client";

import { useEffect, type RefObject } from "react";
import type { CommentView } from "@/lib/server/comments/add-comment.schema";
import type { ListCommentsInput, ListCommentsResult } from "@/lib/server/comments/list-comments.schema";

/** How often an open editor asks for the report's open 批注 while its tab is visible (ms). */
export const COMMENT_POLL_MS = 10_000;

export type ListComments = (input: ListCommentsInput) => Promise<ListCommentsResult>;

/** Whether two lists hold the same comments in the same state (a comment's words never change, only whether it is resolved). */
export function sameComments(a: readonly CommentView[], b: readonly CommentView[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]?.id && c.resolvedAt === b[i]?.resolvedAt);
}

/**
 * Keeps the editor's 批注 in step with what others add, answer and resolve
 * without a reload or any push channel: while the tab is visible it asks for
 * the open threads every COMMENT_POLL_MS (and at once when the tab is shown
 * again); a hidden tab asks nothing. `localChanges` counts the changes made
 * here: an answer asked for before one of them is dropped, since it would
 * take that change back for a moment; the next answer has it.
 */
export function useLiveComments(list: ListComments | null, reportId: string, localChanges: RefObject<number>, apply: (comments: CommentView[]) => void): void {
  useEffect(() => {
    if (!list) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asking = false;
    let stopped = false;
    const ask = async () => {
      clearTimeout(timer);
      if (asking || stopped || document.visibilityState !== "visible") return;
      asking = true;
      const before = localChanges.current;
      try {
        const result = await list({ reportId });
        if (!stopped && result.ok && localChanges.current === before) apply(result.comments);
      } catch {
        // Offline or the server away: the next round asks again.
      } finally {
        asking = false;
      }
      if (!stopped) timer = setTimeout(() => void ask(), COMMENT_POLL_MS);
    };
    const shown = () => void ask();
    timer = setTimeout(shown, COMMENT_POLL_MS);
    document.addEventListener("visibilitychange", shown);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", shown);
    };
  }, [list, reportId, localChanges, apply]);
}

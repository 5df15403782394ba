"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, onReport } from "@/lib/server/actions/action";
import { addComment } from "@/lib/server/comments/add-comment";
import { addCommentInput, replyCommentInput } from "@/lib/server/comments/add-comment.schema";
import { commentView, listComments, openThreads } from "@/lib/server/comments/list-comments";
import { listCommentsInput, type ListCommentsResult } from "@/lib/server/comments/list-comments.schema";
import { replyComment } from "@/lib/server/comments/reply-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { resolveCommentInput } from "@/lib/server/comments/resolve-comment.schema";

/*
 * 批注 from the editor: on a selection, an item or a figure; replies; 已处理;
 * the open threads again, for the editor to follow others' comments.
 * Whoever may comment on the report may do each (the drafter answers and
 * resolves the reviewer's comments). The report page lists them too, so it
 * is revalidated.
 */

export const addEditorCommentAction = action(addCommentInput, onReport("comment"), async (input, actor) => {
  const result = await addComment(db(), actor, input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`);
  return result;
});

export const replyCommentAction = action(replyCommentInput, onReport("comment"), async (input, actor) => {
  const result = await replyComment(db(), actor, input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`);
  return result;
});

export const resolveEditorCommentAction = action(resolveCommentInput, onReport("comment"), async (input, actor) => {
  const result = await resolveComment(db(), actor, input);
  revalidatePath(`/reports/${input.reportId}`);
  return result;
});

/** The open threads as the editor shows them, asked every few seconds while the editor is open (CommentsProvider). */
export const listEditorCommentsAction = action(listCommentsInput, onReport("read"), async (input, actor): Promise<ListCommentsResult> => ({
  ok: true,
  comments: openThreads(await listComments(db(), input.reportId, actor)).map(commentView),
}));

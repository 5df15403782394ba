"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { action, formInput, onReport } from "@/lib/server/actions/action";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { transitionReportInput, type TransitionReportResult } from "@/lib/server/workflow/transition-report.schema";
import { addComment } from "@/lib/server/comments/add-comment";
import { addCommentInput, type AddCommentResult } from "@/lib/server/comments/add-comment.schema";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { resolveCommentInput, type ResolveCommentResult } from "@/lib/server/comments/resolve-comment.schema";

/*
 * The report page's forms. The page binds each to its report's id; that id
 * is checked like everything else the browser sends.
 */

const transition = action(transitionReportInput, onReport((input) => input.transition), async (input, actor) => {
  const result = await transitionReport(db(), actor, { reportId: input.reportId, transition: input.transition, text: input.text, commentPath: input.path });
  if (result.ok) revalidatePath(`/reports/${input.reportId}`);
  return result;
});

/** 提交审核, 退回修改, 审定通过, 报送上级, 公开发布, 重新打开: one action, the transition named in the form. */
export async function transitionAction(reportId: unknown, _prev: unknown, form: unknown): Promise<TransitionReportResult> {
  return transition({ ...formInput(form), reportId });
}

const comment = action(addCommentInput, onReport("comment"), async (input, actor) => {
  const result = await addComment(db(), actor, input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`);
  return result;
});

export async function addCommentAction(reportId: unknown, _prev: unknown, form: unknown): Promise<AddCommentResult> {
  return comment({ ...formInput(form), reportId });
}

/** Resolving is part of writing: whoever may comment on the report may mark a comment handled. */
const resolve = action(resolveCommentInput, onReport("comment"), async (input, actor) => {
  const result = await resolveComment(db(), actor, input);
  // Also when it was missing: someone else may have marked it handled, which the page should now show.
  revalidatePath(`/reports/${input.reportId}`);
  return result;
});

export async function resolveCommentAction(reportId: unknown, commentId: unknown): Promise<ResolveCommentResult> {
  return resolve({ reportId, commentId });
}

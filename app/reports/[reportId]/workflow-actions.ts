"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/server/db";
import { authorizeAction } from "@/lib/server/auth/current-actor";
import { transitionReport, type TransitionResult } from "@/lib/server/workflow/transition-report";
import { addComment, resolveComment } from "@/lib/server/comments/comments";
import { isTransition } from "@/lib/workflow/transitions";
import type { Refusal } from "@/lib/server/auth/current-actor";

export type WorkflowState = TransitionResult | Refusal | { status: "idle" };

/** 提交审核, 退回修改, 审定通过, 报送上级, 公开发布, 重新打开: one action, the transition named in the form. */
export async function transitionAction(reportId: string, _prev: WorkflowState, form: FormData): Promise<WorkflowState> {
  const transition = String(form.get("transition") ?? "");
  if (!isTransition(transition)) return { status: "forbidden", message: "未知的操作" };
  const auth = await authorizeAction(reportId, transition);
  if (!auth.ok) return auth.refusal;
  const result = await transitionReport(db(), auth.actor, {
    reportId,
    transition,
    text: String(form.get("text") ?? ""),
    commentPath: String(form.get("path") ?? ""),
  });
  if (result.status === "done") revalidatePath(`/reports/${reportId}`);
  return result;
}

export type CommentState = { status: "idle" | "added" | "invalid" | "resolved" | "missing"; message?: string } | Refusal;

export async function addCommentAction(reportId: string, _prev: CommentState, form: FormData): Promise<CommentState> {
  const auth = await authorizeAction(reportId, "comment");
  if (!auth.ok) return auth.refusal;
  const result = await addComment(db(), auth.actor, { reportId, path: String(form.get("path") ?? ""), body: String(form.get("body") ?? "") });
  if (result.status === "added") revalidatePath(`/reports/${reportId}`);
  return result;
}

/** Resolving is part of writing: whoever may edit the report (or comment on it) may mark a comment handled. */
export async function resolveCommentAction(reportId: string, commentId: string): Promise<CommentState> {
  const auth = await authorizeAction(reportId, "comment");
  if (!auth.ok) return auth.refusal;
  const result = await resolveComment(db(), auth.actor, { reportId, commentId });
  revalidatePath(`/reports/${reportId}`);
  return result;
}

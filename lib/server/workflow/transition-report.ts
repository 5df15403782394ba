import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { parseReport } from "@/lib/report/parse";
import type { ReportIssue } from "@/lib/report/zod";
import { needsText, TRANSITIONS, type Transition } from "@/lib/workflow/transitions";
import { recordEvent } from "@/lib/server/audit/record-event";
import { readContent } from "@/lib/server/reports/content";

export type TransitionResult =
  | { status: "done"; newStatus: string }
  /** 提交审核 runs the final schema: the report goes nowhere while anything is missing or inconsistent. */
  | { status: "invalid"; issues: ReportIssue[] }
  | { status: "needs-text"; message: string }
  /** The report's state changed since the page was loaded (someone else acted first). */
  | { status: "stale"; message: string };

/** Which date column records a step; reopening clears them all. */
const STAMPS = { submit: "submittedAt", approve: "approvedAt", send: "sentAt", publish: "publishedAt" } as const;

/**
 * Moves a report one step through the workflow. The caller has checked the
 * actor's permission; the state check here is part of the write itself
 * (updateMany on the expected states), so two reviewers clicking at once
 * cannot both act.
 */
export async function transitionReport(
  db: Db,
  actor: Actor,
  input: { reportId: string; transition: Transition; text?: string; commentPath?: string },
): Promise<TransitionResult> {
  const step = TRANSITIONS[input.transition];
  const text = input.text?.trim() ?? "";
  const required = needsText(input.transition);
  if (required && !text) {
    return { status: "needs-text", message: required === "comment" ? "退回时请填写修改意见" : "重新打开需要填写理由" };
  }
  if (input.transition === "submit") {
    const row = await db.report.findUnique({ where: { id: input.reportId }, select: { content: true } });
    const parsed = parseReport(readContent(row?.content ?? "{}").report, "final");
    if (!parsed.ok) return { status: "invalid", issues: parsed.issues };
  }

  const now = new Date();
  const stamp = input.transition in STAMPS ? { [STAMPS[input.transition as keyof typeof STAMPS]]: now } : {};
  const cleared = input.transition === "reopen" ? { submittedAt: null, approvedAt: null, sentAt: null, publishedAt: null } : {};
  const { count } = await db.report.updateMany({
    where: { id: input.reportId, status: { in: [...step.from] } },
    data: { status: step.to, ...stamp, ...cleared },
  });
  if (count === 0) return { status: "stale", message: "报告状态已被他人更新，请刷新页面" };

  if (input.transition === "return") {
    await db.comment.create({ data: { reportId: input.reportId, path: input.commentPath ?? "", body: text, authorId: actor.id } });
  }
  await recordEvent(db, { action: input.transition, actor, reportId: input.reportId, detail: text });
  return { status: "done", newStatus: step.to };
}

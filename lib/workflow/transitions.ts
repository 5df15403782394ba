import type { ReportStatus } from "@/lib/report/status";

/**
 * The review workflow: 草稿 → 待审核 → 退回修改 or 已审定 → 已报送 → 已公开.
 * From 已审定 on the report is read-only; only a reviewer can reopen it, with a reason.
 * 撤回 takes a submission back to 草稿 while no reviewer has opened it (the
 * workflow checks that as part of the write: Report.reviewOpenedAt).
 */
export const TRANSITIONS = {
  submit: { from: ["draft", "returned"], to: "submitted", label: "提交审核" },
  withdraw: { from: ["submitted"], to: "draft", label: "撤回" },
  return: { from: ["submitted"], to: "returned", label: "退回修改" },
  approve: { from: ["submitted"], to: "approved", label: "审定通过" },
  send: { from: ["approved"], to: "sent", label: "报送上级" },
  publish: { from: ["sent"], to: "published", label: "公开发布" },
  reopen: { from: ["approved", "sent", "published"], to: "draft", label: "重新打开" },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: ReportStatus; label: string }>;

export type Transition = keyof typeof TRANSITIONS;

export const TRANSITION_KEYS = Object.keys(TRANSITIONS) as Transition[];

export function isTransition(value: string): value is Transition {
  return value in TRANSITIONS;
}

/** Text can change only before review starts and after it sends the report back. */
export const EDITABLE_STATUSES: readonly string[] = ["draft", "returned"];

export function canTransition(status: string, transition: Transition): boolean {
  const from: readonly string[] = TRANSITIONS[transition].from;
  return from.includes(status);
}

/** Returning needs a comment for the drafter; reopening needs a reason for the record. */
export function needsText(transition: Transition): "comment" | "reason" | null {
  return transition === "return" ? "comment" : transition === "reopen" ? "reason" : null;
}

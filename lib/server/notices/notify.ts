import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/access/roles";

/** Who a notice is for: named people, or everyone holding a role in an organization (enabled accounts only). */
export type Recipients = { userIds: readonly string[] } | { role: Role; organizationId: string };

/** What a notice is about: a workflow step (its transition key) or a comment. */
export type NoticeKind = "submit" | "withdraw" | "return" | "approve" | "send" | "publish" | "reopen" | "comment";

export const NOTICE_KINDS: Record<NoticeKind, string> = {
  submit: "提交审核",
  withdraw: "撤回",
  return: "退回修改",
  approve: "审定通过",
  send: "报送上级",
  publish: "公开发布",
  reopen: "重新打开",
  comment: "意见",
};

export function noticeKindLabel(kind: string): string {
  const known: Record<string, string> = NOTICE_KINDS;
  return known[kind] ?? "通知";
}

/**
 * Writes one notice per recipient. Called with the transaction that makes
 * the change the notice is about, so a step or a comment never happens
 * without its notices, nor a notice without its step. The person who acted
 * is never told of their own act (`except`). Returns how many were written.
 */
export async function notify(
  tx: Tx,
  notice: { to: Recipients | readonly Recipients[]; except?: string; kind: NoticeKind; reportId: string | null; text: string },
): Promise<number> {
  const groups = ([] as Recipients[]).concat(notice.to);
  const or = groups.map((g) => ("userIds" in g ? { id: { in: [...g.userIds] } } : { role: g.role, organizationId: g.organizationId }));
  if (or.length === 0) return 0;
  const users = await tx.user.findMany({ where: { OR: or, disabled: false }, select: { id: true } });
  const ids = [...new Set(users.map((u) => u.id))].filter((id) => id !== notice.except);
  if (ids.length === 0) return 0;
  const { count } = await tx.notice.createMany({
    data: ids.map((userId) => ({ userId, reportId: notice.reportId, kind: notice.kind, text: notice.text })),
  });
  return count;
}

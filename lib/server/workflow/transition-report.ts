import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { parseFinal } from "@/lib/report/final-check";
import { needsText, TRANSITIONS, type Transition } from "@/lib/workflow/transitions";
import { invalid, refuse, type Refusal } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { readContent } from "@/lib/server/reports/content";
import { nameRevisionAtStep } from "@/lib/server/reports/name-revision";
import { chinaDayStart } from "@/lib/publication/china-date";
import { notifyTransition } from "@/lib/server/notices/workflow-notices";
import { planPublication, recordPublication } from "./publication";
import type { TransitionReportResult } from "./transition-report.schema";

/** Which date column records a step; reopening clears them all. */
const STAMPS = { submit: "submittedAt", approve: "approvedAt", send: "sentAt", publish: "publishedAt" } as const;

/**
 * Moves a report one step through the workflow. The caller has checked the
 * actor's permission; the state check here is part of the write itself
 * (updateMany on the expected states and on the version that was checked),
 * so two reviewers clicking at once cannot both act, and a save that lands
 * between 提交审核's check and its write cannot go to review unchecked.
 * The step, 退回修改's comment and the audit line are one transaction.
 * `version`, when given, is the version the person saw (the editor's 提交审核).
 */
export async function transitionReport(
  db: Db,
  actor: Actor,
  input: { reportId: string; transition: Transition; text?: string; commentPath?: string; version?: number },
): Promise<TransitionReportResult> {
  const step = TRANSITIONS[input.transition];
  const text = input.text?.trim() ?? "";
  const required = needsText(input.transition);
  if (required && !text) return refuse("invalid", required === "comment" ? "退回时请填写修改意见" : "重新打开需要填写理由");
  // 提交审核 checks the custom figures that apply as the editor did. Their
  // definitions are read before the transaction: they are the organizations'
  // settings, not part of the report whose version the write is conditional on.
  const definitions = input.transition === "submit" ? await definitionsFor(db, input.reportId) : [];

  return db.transaction(async (tx): Promise<TransitionReportResult> => {
    const stale = refuse("state", "报告状态已被他人更新，请刷新页面");
    const row = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { content: true, version: true, organizationId: true, organization: { select: { creditCode: true } } },
    });
    if (!row) return stale;
    // The check ran on what this person sees; if someone saved since, they must look first.
    if (input.version !== undefined && input.version !== row.version) return refuse("conflict", "他人刚保存了新版本，请先查看后再提交");
    if (input.transition === "submit") {
      const parsed = parseFinal(readContent(row.content).report, definitions);
      if (!parsed.ok) return invalid(parsed.issues, "报告还不能提交审核");
    }

    const now = new Date();
    // 公开发布 records the 发布日期 entered, not the day of the click (publication.ts).
    const publishing = input.transition === "publish" ? readContent(row.content).report : null;
    const plan = publishing ? planPublication(publishing, row.organization.creditCode, now) : null;
    if (plan && "ok" in plan) return plan;
    const stampAt = plan ? chinaDayStart(plan.publishedOn) : now;
    const stamp = input.transition in STAMPS ? { [STAMPS[input.transition as keyof typeof STAMPS]]: stampAt } : {};
    const cleared = input.transition === "reopen" ? { submittedAt: null, approvedAt: null, sentAt: null, publishedAt: null } : {};
    // 撤回 only while no reviewer has opened the submission: a condition of the write, so an open and a 撤回 at once cannot both win.
    const unopened = input.transition === "withdraw" ? { reviewOpenedAt: null } : {};
    // A new submission is new to its reviewers.
    const fresh = input.transition === "submit" ? { reviewOpenedAt: null } : {};
    const { count } = await tx.report.updateMany({
      where: { id: input.reportId, status: { in: [...step.from] }, version: row.version, ...unopened },
      data: { status: step.to, ...stamp, ...cleared, ...fresh },
    });
    if (count === 0) return input.transition === "withdraw" ? await withdrawRefusal(tx, input.reportId, stale) : stale;
    await nameRevisionAtStep(tx, input.reportId, row.version, input.transition);

    if (input.transition === "return") {
      await tx.comment.create({ data: { reportId: input.reportId, path: input.commentPath ?? "", body: text, authorId: actor.id } });
    }
    let detail = text;
    if (publishing && plan) {
      const indexNumber = await recordPublication(tx, actor, { id: input.reportId, organizationId: row.organizationId, version: row.version }, publishing, plan);
      detail = `索引号 ${indexNumber}，发布日期 ${plan.publishedOn}`;
    }
    await recordEvent(tx, { action: input.transition, actor, reportId: input.reportId, detail });
    await notifyTransition(tx, actor, input.transition, input.reportId, text);
    return { ok: true, newStatus: step.to };
  });
}

/** Why 撤回 did not happen: a reviewer has opened the submission, or its state moved on. */
async function withdrawRefusal(tx: Tx, reportId: string, stale: Refusal<"state">): Promise<Refusal<"state">> {
  const now = await tx.report.findUnique({ where: { id: reportId }, select: { status: true, reviewOpenedAt: true } });
  if (now?.status === "submitted" && now.reviewOpenedAt) return refuse("state", "审核人已开始审阅，不能撤回；如需修改，请联系审核人退回");
  return stale;
}

async function definitionsFor(db: Db, reportId: string) {
  const report = await db.report.findUnique({ where: { id: reportId }, select: { organizationId: true } });
  return report ? customFiguresFor(db, report.organizationId) : [];
}

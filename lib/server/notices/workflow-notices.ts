import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import type { Transition } from "@/lib/workflow/transitions";
import { notify, type Recipients } from "./notify";

/** The report as a notice names it: 老城区 2052年度报告. */
async function reportOf(tx: Tx, reportId: string) {
  const row = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    select: { year: true, organizationId: true, organization: { select: { shortName: true, name: true, parentId: true } } },
  });
  const org = row.organization;
  return { organizationId: row.organizationId, parentId: org.parentId, name: `${org.shortName || org.name}${row.year}年度报告` };
}

type Place = Awaited<ReturnType<typeof reportOf>>;
const drafters = (r: Place): Recipients => ({ role: "drafter", organizationId: r.organizationId });
const reviewers = (r: Place): Recipients => ({ role: "reviewer", organizationId: r.organizationId });
const parent = (r: Place): Recipients[] => (r.parentId ? [{ role: "parentReviewer", organizationId: r.parentId }] : []);

/**
 * Who hears of each step and what they read: the reviewers of what waits for
 * them, the drafters of what happened to their text, the parent's reviewers
 * of a report sent up to them (and of its publication).
 */
const STEP_NOTICES: Record<Transition, (r: Place, who: string, text: string) => { to: Recipients[]; text: string }> = {
  submit: (r, who) => ({ to: [reviewers(r)], text: `${who}提交了${r.name}，待审核` }),
  withdraw: (r, who) => ({ to: [reviewers(r)], text: `${who}撤回了${r.name}的审核申请` }),
  return: (r, who, text) => ({ to: [drafters(r)], text: `${who}退回了${r.name}：${text}` }),
  approve: (r, who) => ({ to: [drafters(r)], text: `${who}审定通过了${r.name}` }),
  send: (r, who) => ({ to: [drafters(r), ...parent(r)], text: `${who}报送了${r.name}` }),
  publish: (r, who) => ({ to: [drafters(r), ...parent(r)], text: `${who}公开发布了${r.name}` }),
  reopen: (r, who, text) => ({ to: [drafters(r), reviewers(r)], text: `${who}重新打开了${r.name}：${text}` }),
};

/** The notices of one workflow step, in the step's transaction. */
export async function notifyTransition(tx: Tx, actor: Actor, transition: Transition, reportId: string, text: string): Promise<number> {
  const place = await reportOf(tx, reportId);
  const notice = STEP_NOTICES[transition](place, actor.displayName, text);
  return notify(tx, { to: notice.to, except: actor.id, kind: transition, reportId, text: notice.text });
}

/** A comment concerns those who write and review the report (the author excepted), wherever it came from. */
export async function notifyComment(tx: Tx, actor: Actor, comment: { reportId: string; body: string }): Promise<number> {
  const place = await reportOf(tx, comment.reportId);
  const excerpt = comment.body.length > 60 ? `${comment.body.slice(0, 59)}…` : comment.body;
  return notify(tx, { to: [drafters(place), reviewers(place)], except: actor.id, kind: "comment", reportId: comment.reportId, text: `${actor.displayName}对${place.name}提出意见：${excerpt}` });
}

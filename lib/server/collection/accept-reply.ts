import "server-only";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";
import { figureInput } from "@/lib/report/figure-value";
import { figureDefOf } from "@/lib/report/set-figure";
import { refuse } from "@/lib/server/actions/action.schema";
import { reportTarget } from "@/lib/server/access/report-target";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { chineseDate } from "./may-collect";
import { readFigureIds, readReplyValues } from "./reply-values";
import { writeSourcedFigures, type SourcedFigure } from "./write-sourced-figures";
import type { AcceptReplyResult } from "./collection.schema";

/** 数据来源：区信访局，2021年1月15日填报 */
export const departmentSource = (department: string, submittedAt: Date) => `数据来源：${department}，${chineseDate(submittedAt)}填报`;

/**
 * 采纳: the office takes a department's submitted values into its report of
 * the request's year, each with its provenance, as one save of the report
 * (a revision, the audit line, the reply marked accepted: one transaction).
 * The report must exist and be one the person may edit now.
 */
export async function acceptReply(db: Db, actor: Actor, replyId: string): Promise<AcceptReplyResult> {
  const reply = await db.dataReply.findUnique({ where: { id: replyId }, include: { request: true, organization: { select: { name: true } } } });
  if (!reply || reply.request.organizationId !== actor.organizationId) return refuse("missing", "没有这项数据征集");
  if (reply.status !== "submitted" || !reply.submittedAt) return refuse("state", reply.status === "accepted" ? "这些数据已经采纳" : "该部门尚未报送数据");
  const report = await db.report.findUnique({ where: { organizationId_year: { organizationId: actor.organizationId, year: reply.request.year } }, select: { id: true } });
  if (!report) return refuse("missing", `请先新建本单位${reply.request.year}年度报告，再采纳数据`);
  const target = await reportTarget(db, report.id);
  if (!target || !can(actor, "edit", target)) return refuse("state", "报告已进入审核流程，不能写入数据");
  const custom = await customFiguresFor(db, actor.organizationId);
  const asked = new Set(readFigureIds(reply.request.figureIds));
  const detail = departmentSource(reply.organization.name, reply.submittedAt);
  const figures: SourcedFigure[] = [];
  for (const [id, v] of Object.entries(readReplyValues(reply.values))) {
    const def = figureDefOf(id, custom);
    const value = def && asked.has(id) ? figureInput(v.value, def.unit) : null;
    if (value !== null) figures.push({ figureId: id, value, kind: "department", detail: v.note ? `${detail}（${v.note}）` : detail });
  }
  const lines = figures.map((f) => `${figureDefOf(f.figureId, custom)?.label ?? f.figureId} ${f.value}`).join("、");
  const written = await writeSourcedFigures(db, actor, report.id, figures, { action: "data_accept", detail: `${lines}；${detail}` }, async (tx) => {
    await tx.dataReply.update({ where: { id: reply.id }, data: { status: "accepted", acceptedAt: new Date() } });
  });
  return written.ok ? { ok: true, accepted: figures.length } : written;
}

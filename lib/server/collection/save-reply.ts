import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { figureValueMessage } from "@/lib/report/figure-checks";
import { figureInput, formatFigureValue } from "@/lib/report/figure-value";
import { figureDefOf } from "@/lib/report/set-figure";
import type { ReportIssue } from "@/lib/report/zod";
import { invalid, refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { readFigureIds, type ReplyValues } from "./reply-values";
import type { SaveReplyInput, SaveReplyResult } from "./collection.schema";

/**
 * A department fills the figures asked of it (and only those) and saves or
 * 报送s them. Each value is read as the report would read it (77, 500余) and
 * checked the same way; 报送 needs a source note beside every value given.
 * Once the office has accepted the reply it no longer changes.
 */
export async function saveReply(db: Db, actor: Actor, input: SaveReplyInput): Promise<SaveReplyResult> {
  const reply = await db.dataReply.findUnique({ where: { id: input.replyId }, include: { request: true } });
  if (!reply || reply.organizationId !== actor.organizationId) {
    await recordEvent(db, { action: "forbidden", actor, detail: `data reply ${input.replyId}` });
    return refuse("missing", "没有这项数据征集");
  }
  if (reply.status === "accepted") return refuse("state", "征集单位已采纳这些数据，不能再修改");
  const custom = await customFiguresFor(db, reply.request.organizationId);
  const issues: ReportIssue[] = [];
  const values: ReplyValues = {};
  for (const id of readFigureIds(reply.request.figureIds)) {
    const def = figureDefOf(id, custom);
    const given = input.figures[id];
    if (!def || !given) continue;
    const value = figureInput(given.value, def.unit);
    if (value === null) continue;
    const problem = figureValueMessage(def, value);
    if (problem) issues.push({ path: `value:${id}`, message: problem });
    else if (input.intent === "submit" && given.note === "") issues.push({ path: `note:${id}`, message: "请注明数据来源（如统计台账、业务系统）" });
    values[id] = { value: formatFigureValue(value), note: given.note };
  }
  if (input.intent === "submit" && Object.keys(values).length === 0 && issues.length === 0) issues.push({ path: "", message: "请至少填写一项数据再报送" });
  if (issues.length > 0) return invalid(issues);
  const status = input.intent === "submit" ? "submitted" : reply.status === "submitted" ? "submitted" : "pending";
  return db.transaction(async (tx) => {
    await tx.dataReply.update({
      where: { id: reply.id },
      data: { values: JSON.stringify(values), status, ...(input.intent === "submit" ? { submittedAt: new Date(), submittedBy: actor.displayName } : {}) },
    });
    if (input.intent === "submit") {
      const list = Object.entries(values).map(([id, v]) => `${figureDefOf(id, custom)?.label ?? id} ${v.value}（${v.note}）`);
      await recordEvent(tx, { action: "data_reply", actor, organizationId: reply.request.organizationId, detail: `“${reply.request.title}”：${list.join("；")}` });
    }
    return { ok: true, status } as const;
  });
}

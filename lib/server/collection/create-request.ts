import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { rollUpFigures } from "@/lib/report/roll-up";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import type { CreateRequestInput, CreateRequestResult } from "./collection.schema";

/**
 * 发起数据征集: the office asks some of its departments for figures of its
 * report for a year (figures picked one by one, or whole topics), by a
 * deadline; one reply to fill per department. Departments are the
 * organizations directly below the office marked 部门.
 */
export async function createRequest(db: Db, actor: Actor, input: CreateRequestInput): Promise<CreateRequestResult> {
  const figures = rollUpFigures(await customFiguresFor(db, actor.organizationId));
  const known = new Set(figures.map((f) => f.id));
  const asked = [...new Set([...input.figureIds.filter((id) => known.has(id)), ...figures.filter((f) => input.topics.includes(f.topic)).map((f) => f.id)])];
  const issues = [];
  if (asked.length === 0) issues.push({ path: "figureIds", message: "请至少选择一个数据项或主题" });
  const departments = await db.organization.findMany({ where: { id: { in: input.departmentIds }, parentId: actor.organizationId, kind: "department" }, select: { id: true, name: true } });
  if (departments.length !== new Set(input.departmentIds).size) issues.push({ path: "departmentIds", message: "只能向本单位的下属部门征集" });
  const deadline = new Date(`${input.deadline}T23:59:59+08:00`);
  if (Number.isNaN(deadline.getTime())) issues.push({ path: "deadline", message: "截止日期无效" });
  if (issues.length > 0) return invalid(issues);
  return db.transaction(async (tx) => {
    const request = await tx.dataRequest.create({
      data: { organizationId: actor.organizationId, year: input.year, title: input.title, figureIds: JSON.stringify(asked), deadline },
    });
    for (const d of departments) await tx.dataReply.create({ data: { requestId: request.id, organizationId: d.id } });
    await recordEvent(tx, { action: "data_request", actor, detail: `${input.year}年度“${input.title}”：${asked.length} 项数据，向 ${departments.map((d) => d.name).join("、")}` });
    return { ok: true, id: request.id } as const;
  });
}

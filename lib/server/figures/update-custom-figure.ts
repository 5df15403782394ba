import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { customFigureInputSchema, definitionIssues } from "@/lib/report/custom-figures";
import { toReportIssues } from "@/lib/report/zod";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import { DUPLICATE_LABEL } from "./create-custom-figure";
import { customFiguresFor } from "./list-custom-figures";
import { FORBIDDEN, MISSING, authorizeManage, sumsNaming, type CustomFigureResult } from "./may-manage";

/**
 * Changes a definition. Values already entered stay in the reports under
 * the same id; a sum elsewhere that counts this figure keeps it only while
 * the kinds still add up.
 */
export async function updateCustomFigure(db: Db, actor: Actor, id: string, input: unknown): Promise<CustomFigureResult> {
  const row = await db.customFigure.findUnique({ where: { id } });
  if (!row) return MISSING;
  if (!(await authorizeManage(db, actor, row.organizationId, `update ${id}`))) return FORBIDDEN;
  const parsed = customFigureInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const issues = definitionIssues({ ...parsed.data, id }, await customFiguresFor(db, row.organizationId));
  if (parsed.data.kind !== row.kind) {
    const users = await sumsNaming(db, id);
    if (users.length > 0) {
      issues.push({ path: "kind", message: `${users.map((u) => `“${u.label}”`).join("、")}的合计包含本数据项，不能改变其类型` });
    }
  }
  if (issues.length > 0) return { status: "invalid", issues };
  const { sumOf, ...data } = parsed.data;
  try {
    await db.customFigure.update({ where: { id }, data: { ...data, sumOf: JSON.stringify(sumOf) } });
  } catch (e) {
    if (isUniqueViolation(e)) return { status: "invalid", issues: [DUPLICATE_LABEL] };
    throw e;
  }
  await recordEvent(db, { action: "update_custom_figure", actor, organizationId: row.organizationId, detail: data.label });
  return { status: "ok", id };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { definitionIssues } from "@/lib/report/custom-figures";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import { duplicateLabel } from "./create-custom-figure";
import { customFiguresFor } from "./list-custom-figures";
import { FORBIDDEN, MISSING, authorizeManage, sumsNaming } from "./may-manage";
import type { UpdateCustomFigureInput, UpdateCustomFigureResult } from "./update-custom-figure.schema";

/**
 * Changes a definition. Values already entered stay in the reports under
 * the same id; a sum elsewhere that counts this figure keeps it only while
 * the kinds still add up. The change and its audit line are one transaction.
 */
export async function updateCustomFigure(db: Db, actor: Actor, input: UpdateCustomFigureInput): Promise<UpdateCustomFigureResult> {
  const { id, sumOf, ...data } = input;
  const row = await db.customFigure.findUnique({ where: { id } });
  if (!row) return MISSING;
  if (!(await authorizeManage(db, actor, row.organizationId, `update ${id}`))) return FORBIDDEN;
  const issues = definitionIssues(input, await customFiguresFor(db, row.organizationId));
  if (data.kind !== row.kind) {
    const users = await sumsNaming(db, id);
    if (users.length > 0) {
      issues.push({ path: "kind", message: `${users.map((u) => `“${u.label}”`).join("、")}的合计包含本数据项，不能改变其类型` });
    }
  }
  if (issues.length > 0) return invalid(issues);
  try {
    return await db.transaction(async (tx) => {
      // Removed since it was read: nothing to change, and nothing to record.
      const { count } = await tx.customFigure.updateMany({ where: { id }, data: { ...data, sumOf: JSON.stringify(sumOf) } });
      if (count === 0) return MISSING;
      await recordEvent(tx, { action: "update_custom_figure", actor, organizationId: row.organizationId, detail: data.label });
      return { ok: true, id } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return duplicateLabel();
    throw e;
  }
}

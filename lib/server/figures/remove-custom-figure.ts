import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { FORBIDDEN, MISSING, authorizeManage, sumsNaming } from "./may-manage";
import type { RemoveCustomFigureInput, RemoveCustomFigureResult } from "./remove-custom-figure.schema";

/**
 * Removes a definition. Values reports already hold stay in them (a report
 * is a record of what was stated) but are no longer shown or checked. A
 * figure another sum counts is kept until that sum is changed. The removal
 * and its audit line are one transaction.
 */
export async function removeCustomFigure(db: Db, actor: Actor, input: RemoveCustomFigureInput): Promise<RemoveCustomFigureResult> {
  const { id } = input;
  const row = await db.customFigure.findUnique({ where: { id } });
  if (!row) return MISSING;
  if (!(await authorizeManage(db, actor, row.organizationId, `remove ${id}`))) return FORBIDDEN;
  const users = (await sumsNaming(db, id)).filter((u) => u.id !== id);
  if (users.length > 0) return refuse("invalid", `${users.map((u) => `“${u.label}”`).join("、")}的合计包含“${row.label}”，请先修改合计再删除`);
  return db.transaction(async (tx) => {
    const { count } = await tx.customFigure.deleteMany({ where: { id } });
    if (count === 0) return MISSING;
    await recordEvent(tx, { action: "remove_custom_figure", actor, organizationId: row.organizationId, detail: row.label });
    return { ok: true, id } as const;
  });
}

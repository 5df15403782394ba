import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { definitionIssues } from "@/lib/report/custom-figures";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import type { CreateCustomFigureInput, CreateCustomFigureResult } from "./create-custom-figure.schema";
import { customFiguresFor } from "./list-custom-figures";
import { FORBIDDEN, authorizeManage } from "./may-manage";

/** Two admins giving two figures one name at once: the database's unique key decides, and says so on the name. */
export const duplicateLabel = () => invalid([{ path: "label", message: "本单位已有同名的自定义数据项" }]);

/**
 * Adds a figure to what the organization asks of its own and its units'
 * reports. The rule is asked again here, where the write happens, so no
 * caller can forget it; the figure and its audit line are one transaction.
 */
export async function createCustomFigure(db: Db, actor: Actor, organizationId: string, input: CreateCustomFigureInput): Promise<CreateCustomFigureResult> {
  if (!(await authorizeManage(db, actor, organizationId, "create"))) return FORBIDDEN;
  const issues = definitionIssues(input, await customFiguresFor(db, organizationId));
  if (issues.length > 0) return invalid(issues);
  const { sumOf, ...data } = input;
  try {
    return await db.transaction(async (tx) => {
      const row = await tx.customFigure.create({ data: { ...data, sumOf: JSON.stringify(sumOf), organizationId } });
      await recordEvent(tx, { action: "create_custom_figure", actor, organizationId, detail: data.label });
      return { ok: true, id: row.id } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return duplicateLabel();
    throw e;
  }
}

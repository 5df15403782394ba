import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { customFigureInputSchema, definitionIssues } from "@/lib/report/custom-figures";
import { toReportIssues } from "@/lib/report/zod";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import { customFiguresFor } from "./list-custom-figures";
import { FORBIDDEN, authorizeManage, type CustomFigureResult } from "./may-manage";

export const DUPLICATE_LABEL = { path: "label", message: "本单位已有同名的自定义数据项" };

/** Adds a figure to what the organization asks of its own and its units' reports. */
export async function createCustomFigure(db: Db, actor: Actor, organizationId: string, input: unknown): Promise<CustomFigureResult> {
  if (!(await authorizeManage(db, actor, organizationId, "create"))) return FORBIDDEN;
  const parsed = customFigureInputSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const issues = definitionIssues(parsed.data, await customFiguresFor(db, organizationId));
  if (issues.length > 0) return { status: "invalid", issues };
  const { sumOf, ...data } = parsed.data;
  try {
    const row = await db.customFigure.create({ data: { ...data, sumOf: JSON.stringify(sumOf), organizationId } });
    await recordEvent(db, { action: "create_custom_figure", actor, organizationId, detail: data.label });
    return { status: "ok", id: row.id };
  } catch (e) {
    // Two admins adding the same name at once: the database's unique key decides.
    if (isUniqueViolation(e)) return { status: "invalid", issues: [DUPLICATE_LABEL] };
    throw e;
  }
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import type { ReportIssue } from "@/lib/report/zod";
import { recordEvent } from "@/lib/server/audit/record-event";

/**
 * Who defines an organization's custom figures: its own administrators.
 * The figures apply to the units below it, whose people fill them in but
 * cannot change what the organization above asks of them.
 */
export function mayManageCustomFigures(actor: Actor, organizationId: string): boolean {
  return actor.role === "admin" && actor.organizationId === organizationId;
}

/** What every change of a definition answers. */
export type CustomFigureResult =
  | { status: "ok"; id: string }
  | { status: "invalid"; issues: ReportIssue[] }
  | { status: "forbidden"; message: string }
  | { status: "missing"; message: string };

export const FORBIDDEN: CustomFigureResult = { status: "forbidden", message: "只有本单位的管理员可以设置本单位的自定义数据项" };
export const MISSING: CustomFigureResult = { status: "missing", message: "该自定义数据项不存在或已被删除" };

/** The rule, with the refusal written to the audit log. */
export async function authorizeManage(db: Db, actor: Actor, organizationId: string, detail: string): Promise<boolean> {
  if (mayManageCustomFigures(actor, organizationId)) return true;
  await recordEvent(db, { action: "forbidden", actor, organizationId, detail: `custom figures: ${detail}` });
  return false;
}

/** The definitions anywhere whose sum names `id`: they stand in the way of removing it or changing its kind. */
export async function sumsNaming(db: Db, id: string): Promise<{ id: string; label: string; kind: string }[]> {
  // sumOf is a JSON list of strings, so the quoted id matches exactly this id.
  return db.customFigure.findMany({ where: { sumOf: { contains: JSON.stringify(id) } }, select: { id: true, label: true, kind: true } });
}

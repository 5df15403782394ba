import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import type { Authorize } from "@/lib/server/actions/action";
import { recordEvent } from "@/lib/server/audit/record-event";
import { db as appDb } from "@/lib/server/db";

/**
 * Who defines an organization's custom figures: its own administrators.
 * The figures apply to the units below it, whose people fill them in but
 * cannot change what the organization above asks of them.
 */
export function mayManageCustomFigures(actor: Actor, organizationId: string): boolean {
  return actor.role === "admin" && actor.organizationId === organizationId;
}

export const FORBIDDEN = refuse("forbidden", "只有本单位的管理员可以设置本单位的自定义数据项");
export const MISSING = refuse("missing", "该自定义数据项不存在或已被删除");

/** The rule, with the refusal written to the audit log. */
export async function authorizeManage(db: Db, actor: Actor, organizationId: string, detail: string): Promise<boolean> {
  if (mayManageCustomFigures(actor, organizationId)) return true;
  await recordEvent(db, { action: "forbidden", actor, organizationId, detail: `custom figures: ${detail}` });
  return false;
}

/** For the action adding a figure: the administrator adds to their own organization's figures. */
export const onOwnFigures: Authorize<unknown> = async (actor) => ((await authorizeManage(appDb(), actor, actor.organizationId, "create")) ? null : FORBIDDEN);

/**
 * For the actions on one figure: the rule for the organization that defined
 * it. An id that names nothing is checked against the person's own
 * organization, so only an administrator goes on to learn it is missing.
 */
export function onCustomFigure(what: "update" | "remove"): Authorize<{ id: string }> {
  return async (actor, input) => {
    const row = await appDb().customFigure.findUnique({ where: { id: input.id }, select: { organizationId: true } });
    return (await authorizeManage(appDb(), actor, row?.organizationId ?? actor.organizationId, `${what} ${input.id}`)) ? null : FORBIDDEN;
  };
}

/** The definitions anywhere whose sum names `id`: they stand in the way of removing it or changing its kind. */
export async function sumsNaming(db: Tx, id: string): Promise<{ id: string; label: string; kind: string }[]> {
  // sumOf is a JSON list of strings, so the quoted id matches exactly this id.
  return db.customFigure.findMany({ where: { sumOf: { contains: JSON.stringify(id) } }, select: { id: true, label: true, kind: true } });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import { administeredOrganizationIds } from "./admin-scope";
import { organizationTree } from "./organization-tree";
import type { UpdateOrganizationInput, UpdateOrganizationResult } from "./update-organization.schema";

const sameName = () => invalid([{ path: "name", message: "已有同名单位" }]);

/**
 * An administrator renames one of their organizations or moves it under
 * another of theirs. Their own organization keeps its parent (it is above
 * them); no organization moves under itself or one of its own units, which
 * would cut it and its units off from everyone above. The change and its
 * audit line, in words, are one transaction.
 */
export async function updateOrganization(db: Db, admin: Actor, input: UpdateOrganizationInput): Promise<UpdateOrganizationResult> {
  const org = await db.organization.findUnique({ where: { id: input.organizationId }, select: { name: true, shortName: true, parentId: true } });
  if (!org) return invalid([{ path: "organizationId", message: "单位不存在" }]);
  const own = input.organizationId === admin.organizationId;
  const parentId = own ? org.parentId : (input.parentId ?? null);
  if (!own) {
    if (!parentId) return invalid([{ path: "parentId", message: "请选择上级单位" }]);
    const tree = await organizationTree(db);
    if (tree.withDescendants(input.organizationId).includes(parentId)) {
      return invalid([{ path: "parentId", message: "上级单位不能是本单位或其下级单位" }]);
    }
    if (!(await administeredOrganizationIds(db, admin)).includes(parentId)) return invalid([{ path: "parentId", message: "只能选择您管理的单位" }]);
  } else if (input.parentId !== undefined && input.parentId !== org.parentId) {
    return invalid([{ path: "parentId", message: "本单位的上级单位由上级管理员设置" }]);
  }
  const holder = await db.organization.findUnique({ where: { name: input.name }, select: { id: true } });
  if (holder && holder.id !== input.organizationId) return sameName();
  const parentName = async (id: string | null) => (id ? ((await db.organization.findUnique({ where: { id }, select: { name: true } }))?.name ?? "") : "");
  const changes = [
    org.name !== input.name && `全称 ${org.name}→${input.name}`,
    org.shortName !== input.shortName && `简称 ${org.shortName}→${input.shortName}`,
    org.parentId !== parentId && `上级单位 ${await parentName(org.parentId)}→${await parentName(parentId)}`,
  ].filter((c): c is string => typeof c === "string");
  if (changes.length === 0) return { ok: true };
  try {
    return await db.transaction(async (tx) => {
      await tx.organization.update({ where: { id: input.organizationId }, data: { name: input.name, shortName: input.shortName, parentId } });
      await recordEvent(tx, { action: "update_organization", actor: admin, organizationId: input.organizationId, detail: `${org.name}：${changes.join("；")}` });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return sameName();
    throw error;
  }
}

import "server-only";
import type { Db } from "@/lib/db/client";
import { ROLES, isRole, type Actor } from "@/lib/access/roles";
import { invalid } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { administeredOrganizationIds } from "@/lib/server/organizations/admin-scope";
import { administeredUser, isRefusal } from "./administered-user";
import type { UpdateUserInput, UpdateUserResult } from "./update-user.schema";

const roleName = (role: string) => (isRole(role) ? ROLES[role] : role);

/**
 * An administrator edits an account of their organizations: its name, its
 * role, its organization (again one of theirs) and whether it is 停用. A
 * disabled account's sessions end with the change, in its transaction, as
 * does its audit line, which says what changed in words. Administrators
 * cannot disable or demote themselves: an installation could lose its last
 * administrator that way.
 */
export async function updateUser(db: Db, admin: Actor, input: UpdateUserInput): Promise<UpdateUserResult> {
  const user = await administeredUser(db, admin, input.userId, "编辑账号");
  if (isRefusal(user)) return user;
  if (user.id === admin.id && input.disabled) return invalid([{ path: "disabled", message: "不能停用自己的账号" }]);
  if (user.id === admin.id && input.role !== "admin") return invalid([{ path: "role", message: "不能取消自己的管理员角色" }]);
  if (!(await administeredOrganizationIds(db, admin)).includes(input.organizationId)) {
    return invalid([{ path: "organizationId", message: "只能选择您管理的单位" }]);
  }
  const organizations = await db.organization.findMany({ where: { id: { in: [user.organizationId, input.organizationId] } }, select: { id: true, name: true } });
  const orgName = (id: string) => organizations.find((o) => o.id === id)?.name ?? "";
  const changes = [
    user.displayName !== input.displayName && `姓名 ${user.displayName}→${input.displayName}`,
    user.role !== input.role && `角色 ${roleName(user.role)}→${roleName(input.role)}`,
    user.organizationId !== input.organizationId && `单位 ${orgName(user.organizationId)}→${orgName(input.organizationId)}`,
    user.disabled !== input.disabled && (input.disabled ? "停用" : "恢复启用"),
  ].filter((c): c is string => typeof c === "string");
  if (changes.length === 0) return { ok: true };
  const { userId, ...data } = input;
  return db.transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data });
    // A disabled account is signed out everywhere at once, not at its sessions' next use.
    if (input.disabled) await tx.session.deleteMany({ where: { userId } });
    await recordEvent(tx, { action: "update_user", actor: admin, organizationId: input.organizationId, detail: `账号 ${user.username}：${changes.join("；")}` });
    return { ok: true } as const;
  });
}

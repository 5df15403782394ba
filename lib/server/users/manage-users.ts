import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { changePasswordSchema, newUserSchema } from "@/lib/access/forms";
import { toReportIssues, type ReportIssue } from "@/lib/report/zod";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { recordEvent } from "@/lib/server/audit/record-event";

type Outcome = { status: "ok" } | { status: "invalid"; issues: ReportIssue[] };

export async function createUser(db: Db, admin: Actor, input: unknown): Promise<Outcome> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const { password, ...data } = parsed.data;
  if (await db.user.findUnique({ where: { username: data.username } })) {
    return { status: "invalid", issues: [{ path: "username", message: "该用户名已被使用" }] };
  }
  if (!(await db.organization.findUnique({ where: { id: data.organizationId } }))) {
    return { status: "invalid", issues: [{ path: "organizationId", message: "单位不存在" }] };
  }
  await db.user.create({ data: { ...data, passwordHash: await hashPassword(password) } });
  await recordEvent(db, { action: "create_user", actor: admin, detail: `${data.username}（${data.role}）` });
  return { status: "ok" };
}

/** Changing one's password ends every other session of the account. */
export async function changePassword(db: Db, actor: Actor, input: unknown): Promise<Outcome> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", issues: toReportIssues(parsed.error) };
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.current))) {
    return { status: "invalid", issues: [{ path: "current", message: "当前密码不正确" }] };
  }
  await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(parsed.data.next) } });
  await recordEvent(db, { action: "password_change", actor });
  return { status: "ok" };
}

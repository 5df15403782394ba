import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { ROLES, isRole } from "@/lib/access/roles";
import { lockedNames } from "@/lib/server/auth/login-throttle";
import { administeredUser, isRefusal } from "@/lib/server/users/administered-user";
import { administeredOrganizations } from "@/lib/server/users/list-accounts";
import { EditAccountForm, ResetPasswordForm } from "@/components/admin/AccountForms";
import { requireAdmin } from "../../require-admin";
import { resetPasswordAction, unlockUserAction, updateUserAction } from "../../actions";

export const dynamic = "force-dynamic";

/** One account, for its administrators: edit it, 停用 it, unlock it, reset its password. */
export default async function AccountAdminPage({ params }: { params: Promise<{ userId: string }> }) {
  const admin = await requireAdmin();
  const user = await administeredUser(db(), admin, (await params).userId, "打开账号页面");
  if (isRefusal(user)) notFound();
  const [organizations, locked] = await Promise.all([administeredOrganizations(db(), admin), lockedNames(db(), [user.username])]);
  return (
    <>
      <h1>
        账号：{user.displayName}（{user.username}）
      </h1>
      <p>
        <Link href="/admin">返回系统管理</Link> · <Link href={`/admin/audit?person=${encodeURIComponent(user.username)}`}>此账号的审计日志</Link>
      </p>
      <p>
        角色：{isRole(user.role) ? ROLES[user.role] : user.role}；状态：{user.disabled ? "已停用" : locked.has(user.username) ? "锁定中" : "正常"}
      </p>
      {locked.has(user.username) && (
        <form action={unlockUserAction} className="card">
          <input type="hidden" name="userId" value={user.id} />
          <p>此账号因连续输错密码被锁定。</p>
          <button type="submit">解锁</button>
        </form>
      )}
      <h2>编辑账号</h2>
      <EditAccountForm account={user} organizations={organizations.map((o) => ({ id: o.id, name: o.name }))} action={updateUserAction} />
      {user.id !== admin.id && (
        <>
          <h2>重置密码</h2>
          <ResetPasswordForm userId={user.id} username={user.username} action={resetPasswordAction} />
        </>
      )}
    </>
  );
}

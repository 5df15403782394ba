import Link from "next/link";
import { db } from "@/lib/server/db";
import { administeredAccounts, administeredOrganizations } from "@/lib/server/users/list-accounts";
import { ROLES, isRole } from "@/lib/access/roles";
import { requireAdmin } from "./require-admin";
import { CreditCodeForm, NewOrganizationForm, NewUserForm } from "./AdminForms";
import { lockedNames } from "@/lib/server/auth/login-throttle";
import { unlockUserAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const admin = await requireAdmin();
  const organizations = await administeredOrganizations(db(), admin);
  const users = await administeredAccounts(db(), admin);
  const locked = await lockedNames(db(), users.map((u) => u.username));
  const options = organizations.map((o) => ({ id: o.id, name: o.name }));
  return (
    <>
      <h1>系统管理</h1>
      <p className="muted">点击单位名称或用户名可编辑；在账号页面可停用、解锁账号或重置密码。</p>
      <p>
        <Link href="/admin/audit">查看审计日志</Link> · <Link href="/admin/figures">自定义数据项</Link> · <Link href="/admin/checklist">报告事项清单</Link> · <Link href="/admin/units">单位设置</Link>
      </p>
      <section className="card" aria-label="单位">
        <h2>单位</h2>
        <table className="list">
          <thead>
            <tr>
              <th>全称</th>
              <th>简称</th>
              <th>统一社会信用代码</th>
              <th>上级单位</th>
              <th>报送/公开期限</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/admin/organizations/${o.id}`} aria-label={`编辑单位 ${o.name}`}>
                    {o.name}
                  </Link>
                </td>
                <td>{o.shortName}</td>
                <td>{o.creditCode ?? "—"}</td>
                <td>{o.parent?.name ?? "—"}</td>
                <td>
                  {o.reportDue} / {o.publishDue}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>新建单位</h3>
        <NewOrganizationForm organizations={options} />
        <h3>统一社会信用代码</h3>
        <p className="muted">公开发布时，索引号由此代码、发布年份和流水号生成。</p>
        <CreditCodeForm organizations={options} />
      </section>
      <section className="card" aria-label="账号">
        <h2>账号</h2>
        <table className="list">
          <thead>
            <tr>
              <th>用户名</th>
              <th>姓名</th>
              <th>角色</th>
              <th>单位</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link href={`/admin/users/${u.id}`} aria-label={`编辑账号 ${u.username}`}>
                    {u.username}
                  </Link>
                </td>
                <td>{u.displayName}</td>
                <td>{isRole(u.role) ? ROLES[u.role] : u.role}</td>
                <td>{u.organization.name}</td>
                <td>
                  {u.disabled ? (
                    "已停用"
                  ) : locked.has(u.username) ? (
                    <form action={unlockUserAction} style={{ display: "inline" }}>
                      锁定中 <input type="hidden" name="userId" value={u.id} />
                      <button type="submit" aria-label={`解锁 ${u.username}`}>
                        解锁
                      </button>
                    </form>
                  ) : u.mustChangePassword ? (
                    "待本人修改密码"
                  ) : (
                    "正常"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>新建账号</h3>
        <NewUserForm organizations={options} />
      </section>
    </>
  );
}

import { cookies } from "next/headers";
import { requireActor } from "@/lib/server/auth/current-actor";
import { ROLES } from "@/lib/access/roles";
import { db } from "@/lib/server/db";
import { listSessions, SESSION_COOKIE, SESSION_HOURS, SESSION_MAX_HOURS } from "@/lib/server/auth/sessions";
import { formatDateTime } from "@/lib/time/format";
import { PasswordForm } from "./PasswordForm";
import { endOtherSessionsAction } from "./actions";


/** The browser as people name it, from the User-Agent (enough to tell one's sessions apart). */
function browserName(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrom(e|ium)\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : "";
  const system = /Windows/.test(userAgent) ? "Windows" : /Mac OS X/.test(userAgent) ? "macOS" : /Android/.test(userAgent) ? "Android" : /Linux/.test(userAgent) ? "Linux" : "";
  return [browser, system].filter(Boolean).join("，") || "未知浏览器";
}

export default async function AccountPage() {
  // The one page a person whose password was reset may open: they choose a new one here.
  const actor = await requireActor({ passwordChange: true });
  const sessions = await listSessions(db(), actor.id, (await cookies()).get(SESSION_COOKIE)?.value);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <h1>我的账号</h1>
      <p>
        {actor.displayName}（{actor.username}，{ROLES[actor.role]}）
      </p>
      {actor.mustChangePassword && (
        <>
          <p className="alert" role="alert">
            管理员已重置您的密码。请先设置新密码，之后才能继续使用系统。
          </p>
          <PasswordForm />
        </>
      )}
      <section className="card" aria-label="登录会话">
        <h2>登录会话</h2>
        <p>
          每次登录是一个会话：{SESSION_HOURS} 小时未使用自动结束，登录 {SESSION_MAX_HOURS} 小时后无论是否使用都会结束。修改密码会结束其他会话。
        </p>
        <table className="list">
          <thead>
            <tr>
              <th>登录时间</th>
              <th>浏览器</th>
              <th>地址</th>
              <th>空闲结束时间</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s, i) => (
              <tr key={i}>
                <td>
                  {formatDateTime(s.createdAt)}
                  {s.current ? "（当前会话）" : ""}
                </td>
                <td>{browserName(s.userAgent)}</td>
                <td>{s.address || "—"}</td>
                <td>{formatDateTime(s.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {others > 0 ? (
          <form action={endOtherSessionsAction}>
            <button type="submit">结束其他 {others} 个会话</button>
          </form>
        ) : (
          <p>没有其他会话。</p>
        )}
      </section>
      {!actor.mustChangePassword && <PasswordForm />}
    </>
  );
}

import Link from "next/link";
import { ROLES, type Actor } from "@/lib/access/roles";
import { logOutAction } from "@/app/login/actions";

/** Who is signed in, the links their role uses, and 退出. */
export function UserMenu({ actor }: { actor: Actor | null }) {
  if (!actor) return <Link href="/login">登录</Link>;
  return (
    <div style={{ marginLeft: "auto", display: "flex", gap: "1rem", alignItems: "baseline" }}>
      {(actor.role === "parentReviewer" || actor.role === "admin") && <Link href="/overview">下级单位总览</Link>}
      {actor.role === "admin" && <Link href="/admin">系统管理</Link>}
      <Link href="/account">
        {actor.displayName}（{ROLES[actor.role]}）
      </Link>
      <form action={logOutAction}>
        <button type="submit">退出</button>
      </form>
    </div>
  );
}

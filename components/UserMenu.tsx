import Link from "next/link";
import { ROLES, type Actor } from "@/lib/access/roles";
import { LogOutButton } from "./LogOutButton";

/** Who is signed in, the links their role uses, and 退出 (the layout hands it the action). */
export function UserMenu({ actor, logOut }: { actor: Actor | null; logOut: () => Promise<void> }) {
  if (!actor) return <Link href="/login">登录</Link>;
  return (
    <div style={{ marginLeft: "auto", display: "flex", gap: "1rem", alignItems: "baseline" }}>
      {(actor.role === "parentReviewer" || actor.role === "admin") && <Link href="/overview">下级单位总览</Link>}
      {actor.role === "admin" && <Link href="/admin">系统管理</Link>}
      <Link href="/account">
        {actor.displayName}（{ROLES[actor.role]}）
      </Link>
      <LogOutButton logOut={logOut} />
    </div>
  );
}

import { requireActor } from "@/lib/server/auth/current-actor";
import { ROLES } from "@/lib/access/roles";
import { PasswordForm } from "./PasswordForm";

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <>
      <h1>我的账号</h1>
      <p>
        {actor.displayName}（{actor.username}，{ROLES[actor.role]}）
      </p>
      <PasswordForm />
    </>
  );
}

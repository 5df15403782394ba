"use client";
import { useActionState } from "react";
import { answerShown, FormField } from "@/components/forms/FormField";
import type { ChangePasswordResult } from "@/lib/server/users/change-password.schema";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordResult | null, FormData>(changePasswordAction, null);
  const { errors, message } = answerShown(state);
  return (
    <form action={action} className="card" style={{ maxWidth: 420 }} aria-label="修改密码">
      <FormField label="当前密码" name="current" type="password" autoComplete="current-password" error={errors.current} />
      <FormField label="新密码（至少8位）" name="next" type="password" autoComplete="new-password" error={errors.next} />
      <FormField label="再次输入新密码" name="repeat" type="password" autoComplete="new-password" error={errors.repeat} />
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {state?.ok && <p role="status">密码已修改。</p>}
      <button type="submit" className="primary" disabled={pending}>
        修改密码
      </button>
    </form>
  );
}

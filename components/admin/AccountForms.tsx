"use client";
import { useActionState } from "react";
import { answerShown, FormField } from "@/components/forms/FormField";
import { ROLES } from "@/lib/access/roles";
import type { UpdateUserResult } from "@/lib/server/users/update-user.schema";
import type { ResetPasswordResult } from "@/lib/server/users/reset-password.schema";
import { OrganizationSelect } from "./OrganizationSelect";

type FormAction<R> = (prev: R | null, form: FormData) => Promise<R>;

interface Account {
  id: string;
  displayName: string;
  role: string;
  organizationId: string;
  disabled: boolean;
}

/** 编辑账号: name, role, organization (one the administrator manages) and 停用. */
export function EditAccountForm({ account, organizations, action }: { account: Account; organizations: { id: string; name: string }[]; action: FormAction<UpdateUserResult> }) {
  const [state, formAction, pending] = useActionState<UpdateUserResult | null, FormData>(action, null);
  const { errors, values, message } = answerShown(state);
  // After a refusal the form shows what was sent; otherwise the account as stored.
  const v = state && !state.ok ? values : { displayName: account.displayName, role: account.role, organizationId: account.organizationId, disabled: account.disabled ? "on" : "" };
  return (
    <form action={formAction} aria-label="编辑账号" className="card">
      <input type="hidden" name="userId" value={account.id} />
      <FormField label="姓名" name="displayName" defaultValue={v.displayName} error={errors.displayName} key={`d${v.displayName}`} />
      <div className={`field${errors.role ? " invalid" : ""}`}>
        <label htmlFor="field-role">角色</label>
        <select id="field-role" name="role" defaultValue={v.role} key={`r${v.role}`}>
          {Object.entries(ROLES).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        {errors.role && <p className="error">{errors.role}</p>}
      </div>
      <OrganizationSelect id="field-organizationId" name="organizationId" label="单位" organizations={organizations} value={v.organizationId} error={errors.organizationId} />
      <div className={`field${errors.disabled ? " invalid" : ""}`}>
        <label>
          <input type="checkbox" name="disabled" defaultChecked={v.disabled === "on"} key={`x${v.disabled}`} style={{ width: "auto", marginRight: "0.4rem" }} />
          停用此账号（停用后不能登录，已登录的会话立即结束）
        </label>
        {errors.disabled && <p className="error">{errors.disabled}</p>}
      </div>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {state?.ok && <p role="status">账号已保存。</p>}
      <button type="submit" className="primary" disabled={pending}>
        保存
      </button>
    </form>
  );
}

/** 重置密码: a temporary password to hand over; the person must replace it at their next login. */
export function ResetPasswordForm({ userId, username, action }: { userId: string; username: string; action: FormAction<ResetPasswordResult> }) {
  const [state, formAction, pending] = useActionState<ResetPasswordResult | null, FormData>(action, null);
  const { errors, message } = answerShown(state);
  return (
    <form action={formAction} aria-label="重置密码" className="card">
      <input type="hidden" name="userId" value={userId} />
      <p className="muted">设置一个临时密码并告知 {username}。其现有会话全部结束，下次登录时必须先修改密码。</p>
      <FormField label="临时密码（至少8位）" name="password" type="password" autoComplete="new-password" error={errors.password} />
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {state?.ok && <p role="status">密码已重置，{username} 下次登录时须修改密码。</p>}
      <button type="submit" className="primary" disabled={pending}>
        重置密码
      </button>
    </form>
  );
}

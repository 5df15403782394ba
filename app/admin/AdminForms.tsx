"use client";
import { useActionState } from "react";
import { answerShown, FormField } from "@/components/forms/FormField";
import { ROLES } from "@/lib/access/roles";
import { OrganizationSelect, type Option } from "@/components/admin/OrganizationSelect";
import type { CreateOrganizationResult } from "@/lib/server/organizations/create-organization.schema";
import type { CreateUserResult } from "@/lib/server/users/create-user.schema";
import type { SetCreditCodeResult } from "@/lib/server/organizations/set-credit-code.schema";
import { createOrganizationAction, createUserAction, setCreditCodeAction } from "./actions";

export function NewOrganizationForm({ organizations }: { organizations: Option[] }) {
  const [state, action, pending] = useActionState<CreateOrganizationResult | null, FormData>(createOrganizationAction, null);
  const { errors, values: v, message } = answerShown(state);
  return (
    <form action={action} aria-label="新建单位">
      <FormField label="单位全称" name="name" defaultValue={v.name} error={errors.name} key={`n${v.name}`} />
      <FormField label="单位简称" name="shortName" defaultValue={v.shortName} error={errors.shortName} key={`s${v.shortName}`} />
      <OrganizationSelect id="field-parentId" name="parentId" label="上级单位" organizations={organizations} value={v.parentId} error={errors.parentId} />
      <FormField label="统一社会信用代码" name="creditCode" defaultValue={v.creditCode} error={errors.creditCode} key={`c${v.creditCode}`} />
      <FormField label="下级报送期限（月-日）" name="reportDue" placeholder="03-01" defaultValue={v.reportDue} error={errors.reportDue} key={`r${v.reportDue}`} />
      <FormField label="公开期限（月-日）" name="publishDue" placeholder="04-01" defaultValue={v.publishDue} error={errors.publishDue} key={`u${v.publishDue}`} />
      {message && <p className="error">{message}</p>}
      {state?.ok && <p role="status">单位已创建。</p>}
      <button className="primary" disabled={pending}>
        新建单位
      </button>
    </form>
  );
}

export function NewUserForm({ organizations }: { organizations: Option[] }) {
  const [state, action, pending] = useActionState<CreateUserResult | null, FormData>(createUserAction, null);
  const { errors, values: v, message } = answerShown(state);
  return (
    <form action={action} aria-label="新建账号">
      <FormField label="用户名" name="username" defaultValue={v.username} error={errors.username} key={`u${v.username}`} />
      <FormField label="姓名" name="displayName" defaultValue={v.displayName} error={errors.displayName} key={`d${v.displayName}`} />
      <div className={`field${errors.role ? " invalid" : ""}`}>
        <label htmlFor="field-role">角色</label>
        <select id="field-role" name="role" defaultValue={v.role ?? "drafter"} key={`r${v.role}`}>
          {Object.entries(ROLES).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        {errors.role && <p className="error">{errors.role}</p>}
      </div>
      <OrganizationSelect id="field-organizationId" name="organizationId" label="单位" organizations={organizations} value={v.organizationId} error={errors.organizationId} />
      <FormField label="初始密码（至少8位）" name="password" type="password" autoComplete="new-password" error={errors.password} />
      {message && <p className="error">{message}</p>}
      {state?.ok && <p role="status">账号已创建。</p>}
      <button className="primary" disabled={pending}>
        新建账号
      </button>
    </form>
  );
}

/** 统一社会信用代码 of an organization created before it was asked for, or corrected; 索引号 are generated from it. */
export function CreditCodeForm({ organizations }: { organizations: Option[] }) {
  const [state, action, pending] = useActionState<SetCreditCodeResult | null, FormData>(setCreditCodeAction, null);
  const { errors, values: v, message } = answerShown(state);
  return (
    <form action={action} aria-label="设置统一社会信用代码">
      <OrganizationSelect id="field-credit-organizationId" name="organizationId" label="单位" organizations={organizations} value={v.organizationId} error={errors.organizationId} />
      {/* Not FormField: the new-organization form on the same page has a creditCode field, and ids must differ. */}
      <div className={`field${errors.creditCode ? " invalid" : ""}`}>
        <label htmlFor="field-credit-creditCode">统一社会信用代码（留空则清除）</label>
        <input
          id="field-credit-creditCode"
          name="creditCode"
          defaultValue={v.creditCode}
          key={`c${v.creditCode}`}
          aria-invalid={errors.creditCode ? true : undefined}
          aria-describedby={errors.creditCode ? "field-credit-creditCode-error" : undefined}
        />
        {errors.creditCode && (
          <p id="field-credit-creditCode-error" className="error" role="alert">
            {errors.creditCode}
          </p>
        )}
      </div>
      {message && <p className="error">{message}</p>}
      {state?.ok && <p role="status">统一社会信用代码已保存。</p>}
      <button className="primary" disabled={pending}>
        保存
      </button>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { FormField } from "@/components/forms/FormField";
import { ROLES } from "@/lib/access/roles";
import { createOrganizationAction, createUserAction, type AdminFormState } from "./actions";

const initial: AdminFormState = { status: "idle", errors: {}, values: {} };
interface Option {
  id: string;
  name: string;
}

export function NewOrganizationForm({ organizations }: { organizations: Option[] }) {
  const [state, action, pending] = useActionState(createOrganizationAction, initial);
  const v = state.values;
  return (
    <form action={action} aria-label="新建单位">
      <FormField label="单位全称" name="name" defaultValue={v.name} error={state.errors.name} key={`n${v.name}`} />
      <FormField label="单位简称" name="shortName" defaultValue={v.shortName} error={state.errors.shortName} key={`s${v.shortName}`} />
      <div className="field">
        <label htmlFor="field-parentId">上级单位</label>
        <select id="field-parentId" name="parentId" defaultValue={v.parentId ?? ""} key={`p${v.parentId}`}>
          <option value="">（无）</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <FormField label="下级报送期限（月-日）" name="reportDue" placeholder="03-01" defaultValue={v.reportDue} error={state.errors.reportDue} key={`r${v.reportDue}`} />
      <FormField label="公开期限（月-日）" name="publishDue" placeholder="04-01" defaultValue={v.publishDue} error={state.errors.publishDue} key={`u${v.publishDue}`} />
      {state.errors.form && <p className="error">{state.errors.form}</p>}
      {state.status === "ok" && <p role="status">单位已创建。</p>}
      <button className="primary" disabled={pending}>
        新建单位
      </button>
    </form>
  );
}

export function NewUserForm({ organizations }: { organizations: Option[] }) {
  const [state, action, pending] = useActionState(createUserAction, initial);
  const v = state.values;
  return (
    <form action={action} aria-label="新建账号">
      <FormField label="用户名" name="username" defaultValue={v.username} error={state.errors.username} key={`u${v.username}`} />
      <FormField label="姓名" name="displayName" defaultValue={v.displayName} error={state.errors.displayName} key={`d${v.displayName}`} />
      <div className={`field${state.errors.role ? " invalid" : ""}`}>
        <label htmlFor="field-role">角色</label>
        <select id="field-role" name="role" defaultValue={v.role ?? "drafter"} key={`r${v.role}`}>
          {Object.entries(ROLES).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        {state.errors.role && <p className="error">{state.errors.role}</p>}
      </div>
      <div className={`field${state.errors.organizationId ? " invalid" : ""}`}>
        <label htmlFor="field-organizationId">单位</label>
        <select id="field-organizationId" name="organizationId" defaultValue={v.organizationId ?? ""} key={`o${v.organizationId}`}>
          <option value="">请选择</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {state.errors.organizationId && <p className="error">{state.errors.organizationId}</p>}
      </div>
      <FormField label="初始密码（至少8位）" name="password" type="password" autoComplete="new-password" error={state.errors.password} />
      {state.errors.form && <p className="error">{state.errors.form}</p>}
      {state.status === "ok" && <p role="status">账号已创建。</p>}
      <button className="primary" disabled={pending}>
        新建账号
      </button>
    </form>
  );
}

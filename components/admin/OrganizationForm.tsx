"use client";
import { useActionState } from "react";
import { answerShown, FormField } from "@/components/forms/FormField";
import type { UpdateOrganizationResult } from "@/lib/server/organizations/update-organization.schema";
import { OrganizationSelect } from "./OrganizationSelect";

type FormAction<R> = (prev: R | null, form: FormData) => Promise<R>;

/**
 * 编辑单位: its names and, for a unit below the administrator's own, its
 * parent (one of the administrator's organizations, not itself nor one of
 * its units: `parents` is that list). Their own organization has no parent
 * choice: that is set from above.
 */
export function EditOrganizationForm({
  organization,
  parents,
  action,
}: {
  organization: { id: string; name: string; shortName: string; parentId: string | null };
  parents: { id: string; name: string }[] | null;
  action: FormAction<UpdateOrganizationResult>;
}) {
  const [state, formAction, pending] = useActionState<UpdateOrganizationResult | null, FormData>(action, null);
  const { errors, values, message } = answerShown(state);
  const v = state && !state.ok ? values : { name: organization.name, shortName: organization.shortName, parentId: organization.parentId ?? "" };
  return (
    <form action={formAction} aria-label="编辑单位" className="card">
      <input type="hidden" name="organizationId" value={organization.id} />
      <FormField label="单位全称" name="name" defaultValue={v.name} error={errors.name} key={`n${v.name}`} />
      <FormField label="单位简称" name="shortName" defaultValue={v.shortName} error={errors.shortName} key={`s${v.shortName}`} />
      {parents ? (
        <OrganizationSelect id="field-parentId" name="parentId" label="上级单位" organizations={parents} value={v.parentId} error={errors.parentId} />
      ) : (
        <p className="muted">本单位的上级单位由上级管理员设置。</p>
      )}
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {state?.ok && <p role="status">单位已保存。</p>}
      <button type="submit" className="primary" disabled={pending}>
        保存
      </button>
    </form>
  );
}

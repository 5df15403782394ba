"use client";
import { useActionState } from "react";
import { ORGANIZATION_KINDS, type SetUnitSettingsResult } from "@/lib/server/organizations/set-unit-settings.schema";

export interface UnitSettings {
  id: string;
  name: string;
  kind: string;
  contactName: string;
  contactPhone: string;
  parentReadsDrafts: boolean;
}

/** One organization's kind, contact and reading setting, each problem shown on its field. */
export function UnitSettingsForm({ unit, action }: { unit: UnitSettings; action: (prev: unknown, form: FormData) => Promise<SetUnitSettingsResult> }) {
  const [state, send, pending] = useActionState(action, null);
  const issue = (path: string) => (state && !state.ok ? state.issues?.find((i) => i.path === path)?.message : undefined);
  const value = (key: "contactName" | "contactPhone") => (state && !state.ok ? state.values?.[key] : undefined) ?? unit[key];
  const id = (field: string) => `${field}-${unit.id}`;
  return (
    <form action={send} className="card" aria-label={`${unit.name}设置`} style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))", gap: "0.5rem", alignItems: "end" }}>
      <input type="hidden" name="organizationId" value={unit.id} />
      <strong style={{ gridColumn: "1 / -1" }}>{unit.name}</strong>
      <div className="field">
        <label htmlFor={id("kind")}>类别</label>
        <select id={id("kind")} name="kind" defaultValue={unit.kind}>
          {Object.entries(ORGANIZATION_KINDS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("contactName")}>联系人</label>
        <input id={id("contactName")} name="contactName" defaultValue={value("contactName")} aria-invalid={!!issue("contactName")} />
        {issue("contactName") && <p className="error">{issue("contactName")}</p>}
      </div>
      <div className="field">
        <label htmlFor={id("contactPhone")}>电话</label>
        <input id={id("contactPhone")} name="contactPhone" defaultValue={value("contactPhone")} aria-invalid={!!issue("contactPhone")} />
        {issue("contactPhone") && <p className="error">{issue("contactPhone")}</p>}
      </div>
      <label style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
        <input type="checkbox" name="parentReadsDrafts" defaultChecked={unit.parentReadsDrafts} style={{ width: "auto" }} />
        允许上级单位在报送前查看报告
      </label>
      <div>
        <button disabled={pending}>保存设置</button>
        {state && (
          <span role="status" className={state.ok ? "muted" : "error"}>
            {state.ok ? " 已保存" : ` ${state.message}`}
          </span>
        )}
      </div>
    </form>
  );
}

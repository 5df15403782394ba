"use client";
import { useActionState } from "react";
import type { CreateRequestResult } from "@/lib/server/collection/collection.schema";

export interface PickableFigure {
  id: string;
  label: string;
  topic: string;
  topicLabel: string;
}

/**
 * 发起数据征集: a title, the deadline, the departments, and what is asked —
 * whole topics, or figures picked inside each topic (104 catalogue figures
 * would be a wall of checkboxes, so each topic folds).
 */
export function NewRequestForm({
  year,
  figures,
  departments,
  action,
}: {
  year: number;
  figures: readonly PickableFigure[];
  departments: readonly { id: string; name: string }[];
  action: (prev: unknown, form: FormData) => Promise<CreateRequestResult>;
}) {
  const [state, send, pending] = useActionState(action, null);
  const issue = (path: string) => (state && !state.ok ? state.issues?.find((i) => i.path === path)?.message : undefined);
  const topics = [...new Map(figures.map((f) => [f.topic, f.topicLabel])).entries()];
  return (
    <form action={send} className="card" aria-label="发起数据征集">
      <h2 style={{ marginTop: 0 }}>发起数据征集</h2>
      <input type="hidden" name="year" value={year} />
      <div className="field">
        <label htmlFor="request-title">征集事项</label>
        <input id="request-title" name="title" defaultValue={`${year}年度法治政府建设数据`} aria-invalid={!!issue("title")} />
        {issue("title") && <p className="error">{issue("title")}</p>}
      </div>
      <div className="field" style={{ maxWidth: 220 }}>
        <label htmlFor="request-deadline">截止日期</label>
        <input id="request-deadline" name="deadline" type="date" aria-invalid={!!issue("deadline")} />
        {issue("deadline") && <p className="error">{issue("deadline")}</p>}
      </div>
      <fieldset className="field">
        <legend>征集部门</legend>
        {departments.length === 0 && <p className="muted">本单位下没有标为“部门”的单位（管理员可在“单位设置”中设置）。</p>}
        {departments.map((d) => (
          <label key={d.id} style={{ marginRight: "1rem" }}>
            <input type="checkbox" name="departmentIds" value={d.id} style={{ width: "auto" }} /> {d.name}
          </label>
        ))}
        {issue("departmentIds") && <p className="error">{issue("departmentIds")}</p>}
      </fieldset>
      <fieldset className="field">
        <legend>征集的数据（整个主题，或主题下的数据项）</legend>
        {topics.map(([topic, label]) => (
          <details key={topic}>
            <summary>{label}</summary>
            <label style={{ display: "block" }}>
              <input type="checkbox" name="topics" value={topic} style={{ width: "auto" }} /> {label}（全部数据项）
            </label>
            {figures
              .filter((f) => f.topic === topic)
              .map((f) => (
                <label key={f.id} style={{ display: "inline-block", marginRight: "1rem" }}>
                  <input type="checkbox" name="figureIds" value={f.id} style={{ width: "auto" }} /> {f.label}
                </label>
              ))}
          </details>
        ))}
        {issue("figureIds") && <p className="error">{issue("figureIds")}</p>}
      </fieldset>
      <button className="primary" disabled={pending}>
        发送征集
      </button>
      {state && (
        <span role="status" className={state.ok ? "muted" : "error"}>
          {state.ok ? " 已发送" : ` ${state.message}`}
        </span>
      )}
    </form>
  );
}

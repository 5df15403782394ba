"use client";

import { useActionState } from "react";
import type { AddChecklistItemResult, RemoveChecklistItemResult } from "@/lib/server/checklist/checklist.schema";

type Add = (prev: unknown, form: FormData) => Promise<AddChecklistItemResult>;
type Remove = (prev: unknown, form: FormData) => Promise<RemoveChecklistItemResult>;

const fieldError = (result: AddChecklistItemResult | null, field: string) => (result && !result.ok ? result.issues?.find((i) => i.path === field)?.message : undefined);

/** 新增事项: its name and the words that count as reporting on it; each problem on its field. */
export function ChecklistForm({ action }: { action: Add }) {
  const [result, submit, pending] = useActionState(action, null);
  const values = result && !result.ok ? (result.values ?? {}) : {};
  const titleError = fieldError(result, "title");
  const keywordsError = fieldError(result, "keywords");
  return (
    <form action={submit} key={result?.ok ? "done" : "editing"}>
      <div className="field">
        <label htmlFor="checklist-title">事项名称</label>
        <input id="checklist-title" name="title" defaultValue={values.title ?? ""} aria-invalid={titleError ? true : undefined} />
        {titleError && <p className="error">{titleError}</p>}
      </div>
      <div className="field">
        <label htmlFor="checklist-keywords">关键词（用顿号分隔，报告中出现任一即视为已报告；不填则查找事项名称）</label>
        <input id="checklist-keywords" name="keywords" defaultValue={values.keywords ?? ""} aria-invalid={keywordsError ? true : undefined} />
        {keywordsError && <p className="error">{keywordsError}</p>}
      </div>
      {result && !result.ok && !titleError && !keywordsError && (
        <p className="error" role="alert">
          {result.message}
        </p>
      )}
      <button className="primary" disabled={pending}>
        新增事项
      </button>
    </form>
  );
}

export function RemoveChecklistItemButton({ id, title, action }: { id: string; title: string; action: Remove }) {
  const [result, submit, pending] = useActionState(action, null);
  return (
    <form action={submit}>
      <input type="hidden" name="id" value={id} />
      <button className="small" disabled={pending} aria-label={`删除事项${title}`}>
        删除
      </button>
      {result && !result.ok && <span className="error">{result.message}</span>}
    </form>
  );
}

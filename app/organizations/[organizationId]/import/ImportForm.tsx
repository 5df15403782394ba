"use client";
import { useActionState, useState } from "react";
import { IMPORT_MESSAGES, MAX_FILE_BYTES } from "@/lib/import/messages";
import type { AnalyseImportResult } from "@/lib/server/years/analyse-import.schema";
import { analyseImportAction } from "./actions";
import { ImportReviewForm } from "./ImportReviewForm";
import { ImportUpdateForm } from "./ImportUpdateForm";

/** Step 1 of an import: a file or pasted text, and the year when the user knows it. */
export function ImportForm({ organizationId }: { organizationId: string }) {
  const [state, action, pending] = useActionState<AnalyseImportResult | null, FormData>(analyseImportAction, null);
  const [tooBig, setTooBig] = useState(false);
  if (state?.ok)
    return (
      <>
        {state.update && <ImportUpdateForm update={state.update} year={state.year} />}
        <ImportReviewForm organizationId={organizationId} review={state} />
      </>
    );
  return (
    <form action={action} aria-label="导入已有报告" className="card">
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="field" style={{ maxWidth: 200 }}>
        <label htmlFor="import-year">报告年度（不填则从原文识别）</label>
        <input id="import-year" name="year" type="number" min={2000} max={2100} placeholder="如 2019" />
      </div>
      <div className="field">
        <label htmlFor="import-file">上传文件（.txt 或 .docx，不超过 10 MB）</label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => setTooBig((e.currentTarget.files?.[0]?.size ?? 0) > MAX_FILE_BYTES)}
        />
        {tooBig && (
          <p className="error" role="alert">
            {IMPORT_MESSAGES.tooBig}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="import-text">或粘贴报告全文</label>
        <textarea id="import-text" name="text" rows={10} />
      </div>
      {state?.ok === false && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      <button className="primary" disabled={pending || tooBig}>
        {pending ? "正在识别…" : "识别报告内容"}
      </button>
    </form>
  );
}

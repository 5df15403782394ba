"use client";
import { useActionState } from "react";
import type { ImportUpdate } from "@/lib/server/years/analyse-import.schema";
import type { UpdateFromImportResult } from "@/lib/server/years/update-from-import.schema";
import { updateFromImportAction } from "./actions";

/**
 * The file is a report of a year that has one already — typically the DOCX
 * exported from the app, edited in Word and brought back. Before anything is
 * written, each part it changes is shown with what was removed and added;
 * accepting saves it as a new version of that report.
 */
export function ImportUpdateForm({ update, year }: { update: ImportUpdate; year: number | null }) {
  const [state, action, pending] = useActionState<UpdateFromImportResult | null, FormData>(updateFromImportAction, null);
  return (
    <form action={action} aria-label="与现有报告的差异" className="card">
      <input type="hidden" name="reportId" value={update.reportId} />
      <input type="hidden" name="baseVersion" value={update.baseVersion} />
      <input type="hidden" name="content" value={update.content} />
      <h2>与现有{year ?? ""}年度报告的差异</h2>
      {update.diffs.length === 0 ? (
        <p className="muted">导入的文件与现有报告的文字相同，无需更新。</p>
      ) : (
        <>
          <p className="muted">以下是导入的文件改动的部分：删去的文字带删除线，新增的文字加下划线。数据、文号、签发人和公开信息保持现有报告的内容。</p>
          {update.diffs.map((d) => (
            <section key={d.key} aria-label={`改动：${d.label}`} className="diff">
              <h3>{d.label}</h3>
              <p style={{ whiteSpace: "pre-wrap" }}>
                {d.changes.map((c, i) =>
                  c.kind === "added" ? <ins key={i}>{c.text}</ins> : c.kind === "removed" ? <del key={i}>{c.text}</del> : <span key={i}>{c.text}</span>,
                )}
              </p>
            </section>
          ))}
        </>
      )}
      {state?.ok === false && (
        <p className="error" role="alert">
          {state.status === "conflict" ? "报告在此期间已被他人保存，请重新导入以查看最新的差异" : state.message}
        </p>
      )}
      <button className="primary" disabled={pending || update.diffs.length === 0}>
        {pending ? "正在更新…" : "用导入的内容更新现有报告"}
      </button>
    </form>
  );
}

"use client";

import { useEffect, useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import type { Report } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import type { GetRevisionInput, GetRevisionResult } from "@/lib/server/reports/get-revision.schema";
import type { ListRevisionsInput, ListRevisionsResult, RevisionListEntry } from "@/lib/server/reports/list-revisions.schema";
import type { RestoreRevisionInput, RestoreRevisionResult } from "@/lib/server/reports/restore-revision.schema";
import { useEditor, useSaverState } from "./context";
import { dateTime } from "./format";
import { textDiff, type DiffPart } from "@/lib/report/text-diff";

/** The server actions behind 修订记录, handed down from the page. */
export interface RevisionActions {
  listRevisions: (input: ListRevisionsInput) => Promise<ListRevisionsResult>;
  getRevision: (input: GetRevisionInput) => Promise<GetRevisionResult>;
  restoreRevision: (input: RestoreRevisionInput) => Promise<RestoreRevisionResult>;
}

/** 修订记录: every save, what changed since, and restoring one as a new save. */
export function RevisionsPanel({ actions }: { actions: RevisionActions }) {
  const { reportId, saver } = useEditor();
  const state = useSaverState();
  const { getValues } = useFormContext<Report>();
  const [list, setList] = useState<RevisionListEntry[] | null>(null);
  const [shownDiff, setShownDiff] = useState<{ version: number; report: Report; parts: DiffPart[] } | null>(null);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    actions.listRevisions({ reportId }).then(
      (result) => live && (result.ok ? setList(result.revisions) : setMessage(result.message)),
      () => live && setMessage("无法读取修订记录（网络不可用？）"),
    );
    return () => {
      live = false;
    };
  }, [actions, reportId, state.version]);

  const compare = (version: number) =>
    startTransition(async () => {
      const revision = await actions.getRevision({ reportId, version });
      if (!revision.ok) return setMessage(revision.message);
      setShownDiff({ version, report: revision.report, parts: textDiff(reportText(revision.report), reportText(getValues())) });
    });

  const restore = (version: number) =>
    startTransition(async () => {
      const revision = shownDiff?.version === version ? { ok: true as const, ...shownDiff } : await actions.getRevision({ reportId, version });
      if (!revision.ok) return setMessage(revision.message);
      const result = await actions.restoreRevision({ reportId, version, baseVersion: saver.getState().version });
      if (result.ok) {
        saver.restored(revision.report, result.version, result.savedAt);
        setShownDiff(null);
        setMessage(`已恢复版本 ${version} 的内容，保存为版本 ${result.version}。`);
      } else if (result.status === "conflict") saver.conflictFrom(result);
      else setMessage(`恢复失败：${result.message}`);
    });

  const canRestore = state.status === "saved" && !pending;
  return (
    <section className="revisions" aria-label="修订记录">
      <h2>修订记录</h2>
      {message && <p role="status">{message}</p>}
      {!canRestore && state.status !== "saved" && <p className="muted">当前修改保存后才能恢复旧版本。</p>}
      {list === null ? (
        <p className="muted">正在读取……</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>版本</th>
              <th>保存时间</th>
              <th>大小</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.version}>
                <td>版本 {r.version}{r.version === state.version ? "（当前）" : ""}</td>
                <td>{dateTime(r.createdAt)}</td>
                <td>{r.size.toLocaleString("zh-CN")} 字符</td>
                <td>
                  <button type="button" className="small" disabled={pending} onClick={() => compare(r.version)}>
                    与当前对比
                  </button>{" "}
                  {r.version !== state.version && (
                    <button type="button" className="small" disabled={!canRestore} onClick={() => restore(r.version)}>
                      恢复此版本
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shownDiff && (
        <div className="diff" aria-label={`版本 ${shownDiff.version} 与当前内容的差异`}>
          <h3>
            版本 {shownDiff.version} → 当前内容（<del>删去</del> <ins>新增</ins>）
          </h3>
          {shownDiff.parts.every((p) => p.kind === "same") ? (
            <p className="muted">内容相同</p>
          ) : (
            <pre className="diff-body">
              {shownDiff.parts.map((p, i) => (p.kind === "added" ? <ins key={i}>{p.text}</ins> : p.kind === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}

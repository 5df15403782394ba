"use client";

import { useEffect, useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import type { Report } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import type { GetRevisionInput, GetRevisionResult } from "@/lib/server/reports/get-revision.schema";
import type { ListRevisionsInput, ListRevisionsResult, RevisionListEntry } from "@/lib/server/reports/list-revisions.schema";
import { MAX_REVISION_NAME, type NameRevisionInput, type NameRevisionResult } from "@/lib/server/reports/name-revision.schema";
import type { RestoreRevisionInput, RestoreRevisionResult } from "@/lib/server/reports/restore-revision.schema";
import { useEditor, useSaverState } from "./context";
import { clock, dateTime } from "./format";
import { textDiff, type DiffPart } from "@/lib/report/text-diff";
import { RevisionDiffView } from "./RevisionDiffView";

/** The server actions behind 修订记录, handed down from the page. */
export interface RevisionActions {
  listRevisions: (input: ListRevisionsInput) => Promise<ListRevisionsResult>;
  getRevision: (input: GetRevisionInput) => Promise<GetRevisionResult>;
  restoreRevision: (input: RestoreRevisionInput) => Promise<RestoreRevisionResult>;
  nameRevision: (input: NameRevisionInput) => Promise<NameRevisionResult>;
}

/** When a revision was saved: one time, or its stretch of saves (一次编辑中保存 N 次). */
function savedWhen(r: RevisionListEntry): string {
  if (r.saveCount === 1) return dateTime(r.savedAt);
  const sameDay = dateTime(r.createdAt).split(" ")[0] === dateTime(r.savedAt).split(" ")[0];
  return `${dateTime(r.createdAt)} 至 ${sameDay ? clock(r.savedAt) : dateTime(r.savedAt)}（保存 ${r.saveCount} 次）`;
}

/**
 * 修订记录: one revision per person's stretch of editing (saves less than 10
 * minutes apart fold into it), with its author; naming one (报送版) keeps it
 * as it is; what changed since; restoring one as a new save.
 */
export function RevisionsPanel({ actions }: { actions: RevisionActions }) {
  const { reportId, saver } = useEditor();
  const state = useSaverState();
  const { getValues } = useFormContext<Report>();
  const [list, setList] = useState<RevisionListEntry[] | null>(null);
  const [shownDiff, setShownDiff] = useState<{ version: number; report: Report; parts: DiffPart[] } | null>(null);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const [naming, setNaming] = useState<{ version: number; name: string } | null>(null);
  const [listed, setListed] = useState(0);

  useEffect(() => {
    let live = true;
    actions.listRevisions({ reportId }).then(
      (result) => live && (result.ok ? setList(result.revisions) : setMessage(result.message)),
      () => live && setMessage("无法读取修订记录（网络不可用？）"),
    );
    return () => {
      live = false;
    };
  }, [actions, reportId, state.version, listed]);

  const saveName = (version: number, name: string) =>
    startTransition(async () => {
      const result = await actions.nameRevision({ reportId, version, name });
      if (!result.ok) return setMessage(result.issues?.[0]?.message ?? result.message);
      setNaming(null);
      setMessage(`版本 ${version} 已命名为“${result.name}”，今后的保存不会并入此版本。`);
      setListed((n) => n + 1);
    });

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
              <th>名称</th>
              <th>修改人</th>
              <th>保存时间</th>
              <th>字数</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.version}>
                <td>
                  版本 {r.version}
                  {r.version === state.version ? "（当前）" : ""}
                </td>
                <td>
                  {naming?.version === r.version ? (
                    <form
                      className="revision-name-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        saveName(r.version, naming.name);
                      }}
                    >
                      <input
                        aria-label={`版本 ${r.version} 的名称`}
                        value={naming.name}
                        maxLength={MAX_REVISION_NAME}
                        placeholder="如：报送版"
                        autoFocus
                        onChange={(e) => setNaming({ version: r.version, name: e.target.value })}
                      />
                      <button className="small" disabled={pending}>
                        确定
                      </button>
                      <button type="button" className="small" onClick={() => setNaming(null)}>
                        取消
                      </button>
                    </form>
                  ) : (
                    <>
                      {r.name && <span className="revision-name">{r.name}</span>}{" "}
                      <button type="button" className="small" disabled={pending} onClick={() => setNaming({ version: r.version, name: r.name ?? "" })}>
                        {r.name ? "改名" : "命名"}
                      </button>
                    </>
                  )}
                </td>
                <td>{r.authorName ?? "—"}</td>
                <td>{savedWhen(r)}</td>
                <td>{r.size.toLocaleString("zh-CN")} 字</td>
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
      {shownDiff && <RevisionDiffView version={shownDiff.version} parts={shownDiff.parts} />}
    </section>
  );
}

"use client";

import { useEffect, useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import type { Report } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import { getRevisionAction, listRevisionsAction, restoreRevisionAction, type RevisionListEntry } from "@/app/reports/[reportId]/edit/actions";
import { useEditor, useSaverState } from "./context";
import { dateTime } from "./format";
import { textDiff, type DiffPart } from "./revision-diff";

/** 修订记录: every save, what changed since, and restoring one as a new save. */
export function RevisionsPanel() {
  const { reportId, saver } = useEditor();
  const state = useSaverState();
  const { getValues } = useFormContext<Report>();
  const [list, setList] = useState<RevisionListEntry[] | null>(null);
  const [shownDiff, setShownDiff] = useState<{ version: number; report: Report; parts: DiffPart[] } | null>(null);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    listRevisionsAction({ reportId }).then(
      (l) => live && setList(l),
      () => live && setMessage("无法读取修订记录（网络不可用？）"),
    );
    return () => {
      live = false;
    };
  }, [reportId, state.version]);

  const compare = (version: number) =>
    startTransition(async () => {
      const revision = await getRevisionAction({ reportId, version });
      if (!revision) return setMessage(`版本 ${version} 不存在`);
      setShownDiff({ version, report: revision.report, parts: textDiff(reportText(revision.report), reportText(getValues())) });
    });

  const restore = (version: number) =>
    startTransition(async () => {
      const revision = shownDiff?.version === version ? shownDiff : await getRevisionAction({ reportId, version });
      if (!revision) return setMessage(`版本 ${version} 不存在`);
      const result = await restoreRevisionAction({ reportId, version, baseVersion: saver.getState().version });
      if (result.status === "saved") {
        saver.restored(revision.report, result.version, result.savedAt);
        setShownDiff(null);
        setMessage(`已恢复版本 ${version} 的内容，保存为版本 ${result.version}。`);
      } else if (result.status === "conflict") saver.conflictFrom(result);
      else setMessage("恢复失败");
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

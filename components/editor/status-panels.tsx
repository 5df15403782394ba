"use client";

import { useState } from "react";
import type { FieldDifference } from "@/lib/report/compare";
import { fieldLabel } from "@/lib/report/outline";
import type { ReportIssue } from "@/lib/report/zod";
import { groupIssues } from "@/lib/report/issue-groups";
import { useEditor, useSaverState } from "./context";
import { clock, dateTime, shown } from "./format";
import type { SaverState } from "./saver";

function statusText(s: SaverState): string {
  switch (s.status) {
    case "saved":
      return `已保存 ${clock(s.savedAt)}`;
    case "dirty":
      return "未保存";
    case "saving":
      return "保存中…";
    case "offline":
      return "离线：修改暂存在本机，恢复联网后自动保存";
    case "invalid":
      return `未保存：有${s.issues.length}处内容超出可保存的大小`;
    case "conflict":
      return "未保存：他人已保存了新版本";
    case "error":
      return "保存失败：修改暂存在本机，稍后自动重试";
    case "recovering":
      return "发现未保存的修改";
    case "signedOut":
      return "未保存：登录已过期，修改暂存在本机";
    case "refused":
      return `未保存：${s.issues[0]?.message ?? "无权修改"}（修改暂存在本机）`;
  }
}

export function SaveStatus() {
  const state = useSaverState();
  const { saver } = useEditor();
  return (
    <div className="save-status">
      <span role="status" aria-label="保存状态" className={`save ${state.status}`}>
        {statusText(state)}
      </span>
      <span className="muted"> · 版本 {state.version}</span>
      {state.status !== "saved" && state.status !== "saving" && state.status !== "conflict" && state.status !== "recovering" && (
        <button type="button" className="small" onClick={() => saver.saveNow()}>
          立即保存
        </button>
      )}
      {state.status === "signedOut" && (
        <p className="error" role="alert">
          登录已过期。请
          <a href={`/login?next=${encodeURIComponent(window.location.pathname)}`} target="_blank" rel="noopener">
            在新窗口重新登录
          </a>
          ，登录后本页的修改会自动保存，不会丢失。
        </p>
      )}
      {state.localCopyFailed && <p className="error">浏览器无法在本机暂存修改（存储已满或被禁用），请勿关闭页面。</p>}
    </div>
  );
}

export function IssueLinks({ issues }: { issues: readonly ReportIssue[] }) {
  const { goTo, customFigureDefs } = useEditor();
  // A cross-check names several fields with one message: list the message once, with a link to each field.
  return (
    <ul className="issues">
      {groupIssues(issues).map(({ message, paths }) => (
        <li key={message}>
          {paths.map((path) => (
            <button key={path} type="button" className="link" onClick={() => goTo(path)}>
              {fieldLabel(path, undefined, customFigureDefs)}
            </button>
          ))}
          ：{message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown only while the saver is in fact stopped by content the draft schema
 * refuses; flagged content (over the usual limits, figures that disagree)
 * saves, and its flags are on the fields, not here.
 */
export function InvalidNotice() {
  const state = useSaverState();
  if (state.status !== "invalid" || state.issues.length === 0) return null;
  return (
    <div className="notice warn" role="alert">
      <p>以下内容超出了服务器能保存的大小，因此最近的修改暂未保存到服务器（已暂存在本机，不会丢失）。删减后会自动保存：</p>
      <IssueLinks issues={state.issues} />
    </div>
  );
}

function Differences({ rows: given, selectable, selected, onToggle }: { rows: readonly FieldDifference[]; selectable: boolean; selected?: Set<string>; onToggle?: (path: string) => void }) {
  // The comparison is made without the custom figures' definitions (the saver has none); they are named here.
  const { customFigureDefs } = useEditor();
  const rows = given.map((d) => (d.path.startsWith("customFigures.") ? { ...d, label: fieldLabel(d.path, undefined, customFigureDefs) } : d));
  return (
    <table className="differences">
      <thead>
        <tr>
          <th>内容</th>
          <th>我的版本</th>
          <th>{selectable ? "对方的版本" : "服务器上的版本"}</th>
          {selectable && <th>采用对方</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.path}>
            <th scope="row">{d.label}</th>
            <td>
              <div className="diff-text mine">{shown(d.mine)}</div>
            </td>
            <td>
              <div className="diff-text theirs">{shown(d.theirs)}</div>
            </td>
            {selectable && (
              <td>
                {d.mergeable ? (
                  <input type="checkbox" aria-label={`${d.label}采用对方的版本`} checked={selected?.has(d.path) ?? false} onChange={() => onToggle?.(d.path)} />
                ) : (
                  <span className="muted">整体选择</span>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Someone saved in between: nothing was overwritten; the drafter sees both versions and decides. */
export function ConflictPanel() {
  const state = useSaverState();
  const { saver } = useEditor();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const c = state.conflict;
  if (state.status !== "conflict" || !c) return null;
  const toggle = (path: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  return (
    <section className="notice conflict" role="alertdialog" aria-label="保存冲突">
      <h2>他人已保存了新版本</h2>
      <p>
        在你编辑期间，有人于 {dateTime(c.savedAt)} 保存了版本 {c.version}。你的修改没有覆盖对方的，也没有丢失（已暂存在本机）。以下 {c.differences.length} 处不同，请选择：
      </p>
      <Differences rows={c.differences} selectable selected={selected} onToggle={toggle} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => saver.keepMine()}>
          保留我的版本
        </button>
        <button type="button" onClick={() => saver.takeTheirs()}>
          采用对方版本
        </button>
        <button type="button" disabled={selected.size === 0} onClick={() => saver.merge([...selected])}>
          合并：勾选处采用对方，其余保留我的（{selected.size}）
        </button>
      </div>
    </section>
  );
}

/** Work from an earlier visit that the server never confirmed. */
export function RecoveryBanner() {
  const state = useSaverState();
  const { saver } = useEditor();
  const r = state.recovery;
  if (state.status !== "recovering" || !r) return null;
  return (
    <section className="notice recovery" role="alertdialog" aria-label="发现未保存的修改">
      <h2>发现未保存的修改</h2>
      <p>
        本机保存着 {r.writtenAt ? dateTime(r.writtenAt) : "此前"} 未能保存到服务器的修改（基于版本 {r.baseVersion}），与服务器上的版本有 {r.differences.length} 处不同：
      </p>
      <Differences rows={r.differences.slice(0, 20)} selectable={false} />
      {r.differences.length > 20 && <p className="muted">……另有 {r.differences.length - 20} 处</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => saver.restoreLocal()}>
          恢复
        </button>
        <button type="button" onClick={() => saver.discardLocal()}>
          丢弃
        </button>
      </div>
    </section>
  );
}

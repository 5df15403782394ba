"use client";
import Link from "next/link";
import { useTransition } from "react";
import type { MarkReadResult } from "@/lib/server/notices/mark-read.schema";

export interface NoticeItem {
  id: string;
  kind: string;
  text: string;
  href: string | null;
  at: string;
  read: boolean;
}

/** 通知: newest first, unread ones marked, each with 标为已读, and all at once. */
export function NoticeList({ notices, markRead }: { notices: readonly NoticeItem[]; markRead: (noticeId: string) => Promise<MarkReadResult> }) {
  const [pending, start] = useTransition();
  const unread = notices.filter((n) => !n.read).length;
  const mark = (id: string) => start(async () => void (await markRead(id)));
  return (
    <section className="card" aria-label="通知列表">
      <p>
        {unread > 0 ? `${unread} 条未读` : "没有未读通知"}{" "}
        {unread > 0 && (
          <button type="button" onClick={() => mark("all")} disabled={pending}>
            全部标为已读
          </button>
        )}
      </p>
      {notices.length === 0 ? (
        <p className="muted">暂无通知</p>
      ) : (
        <ul className="notices">
          {notices.map((n) => (
            <li key={n.id} className={n.read ? "read" : "unread"} aria-label={`${n.read ? "已读" : "未读"}：${n.text}`}>
              <span className="status">{n.kind}</span> {n.href ? <Link href={n.href}>{n.text}</Link> : n.text} <span className="muted">{n.at}</span>{" "}
              {!n.read && (
                <button type="button" className="small" onClick={() => mark(n.id)} disabled={pending}>
                  标为已读
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

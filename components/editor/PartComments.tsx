"use client";

import { useEditor } from "./context";

/**
 * A comment concerns a part and everything inside it: one on "figures"
 * shows on every topic's figures, one on "part:<id>" on that part, one
 * on the whole report ("") everywhere. Resolved comments are not passed in.
 */
const concerns = (commentPath: string, partKey: string) =>
  commentPath === "" || partKey === commentPath || partKey.startsWith(`${commentPath}.`) || commentPath.startsWith(`${partKey}.`);

export function PartComments({ partKey }: { partKey: string }) {
  const { comments } = useEditor();
  const here = comments.filter((c) => concerns(c.path, partKey));
  if (here.length === 0) return null;
  return (
    <aside className="notice warn" aria-label="本部分的审核意见">
      <strong>审核意见（{here.length}）</strong>
      <ul>
        {here.map((c) => (
          <li key={c.id}>
            {c.body} <span className="muted">— {c.author}，{c.createdAt}</span>
          </li>
        ))}
      </ul>
      <p className="muted">处理后请在报告页面标记为“已处理”。</p>
    </aside>
  );
}

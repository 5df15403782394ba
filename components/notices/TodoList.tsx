import Link from "next/link";
import type { TodoItem } from "@/lib/server/notices/list-todo";

const when = (d: Date) => d.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** 待办: what waits for the person, first on their home page, each with the link that does it. */
export function TodoList({ items }: { items: readonly TodoItem[] }) {
  return (
    <section className="card" id="todo" aria-label="待办">
      <h2>待办{items.length > 0 ? `（${items.length}）` : ""}</h2>
      {items.length === 0 ? (
        <p className="muted">暂无待办事项</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>事项</th>
              <th>报告</th>
              <th>时间</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={`${t.kind}:${t.reportId}`}>
                <td>
                  <span className="status">{t.what}</span>
                </td>
                <td>{t.report}</td>
                <td className="muted">{when(t.since)}</td>
                <td>
                  <Link href={t.href} aria-label={`${t.action}${t.report}`}>
                    {t.action}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

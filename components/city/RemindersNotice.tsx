import type { ReminderView } from "@/lib/server/reminders/list-reminders";

/** The home page's notice of 催报 received, above everything else the unit has to do. */
export function RemindersNotice({ reminders }: { reminders: readonly ReminderView[] }) {
  if (reminders.length === 0) return null;
  return (
    <section className="card" role="alert" aria-label="催报" style={{ borderColor: "var(--accent)", background: "var(--accent-soft)" }}>
      <h2 style={{ marginTop: 0 }}>催报</h2>
      <ul>
        {reminders.map((r) => (
          <li key={r.id}>
            {r.fromName}催报{r.year}年度{r.subject === "年度报告" ? "法治政府建设年度报告" : r.subject}，请尽快报送（
            {r.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}）
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { YearSource } from "@/lib/server/collection/year-sources";

/** Under the comparison: which figures of which year came from the units or from a department, and from where. */
export function YearSourcesList({ sources }: { sources: readonly YearSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="card" aria-label="数据来源">
      <h2 style={{ marginTop: 0 }}>数据来源</h2>
      <ul>
        {sources.map((s, i) => (
          <li key={i}>
            {s.year}年度 {s.label} {s.value} — {s.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}

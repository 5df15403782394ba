import type { FigureSentence } from "@/lib/report/figure-sentences";

/**
 * Where the report states a figure, reached from the roll-up: the figure and
 * its value, then each sentence that states it with the value marked.
 */
export function FigureSentences({ label, value, sentences }: { label: string; value: string | null; sentences: readonly FigureSentence[] }) {
  return (
    <section className="card" id="figure-sentences" aria-label="数据出处" style={{ borderColor: "var(--accent)" }}>
      <h2>
        数据出处：{label} {value ?? "（未填写）"}
      </h2>
      {sentences.length === 0 ? (
        <p className="muted">正文中没有找到陈述这一数据的句子。</p>
      ) : (
        <ul>
          {sentences.map((s, i) => (
            <li key={`${s.path}-${i}`}>
              <span className="muted">{s.place}：</span>
              {s.mark ? (
                <>
                  {s.sentence.slice(0, s.mark.start)}
                  <mark>{s.sentence.slice(s.mark.start, s.mark.end)}</mark>
                  {s.sentence.slice(s.mark.end)}
                </>
              ) : (
                s.sentence
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { FieldChange, PartChange } from "@/lib/report/part-changes";
import { textDiff } from "@/lib/report/text-diff";
import "./review-aids.css";

const CHANGE_WORDS: Record<PartChange["change"], string> = { changed: "有修改", added: "新增", removed: "已删除" };

/** One field's change, character by character: deleted text struck through, inserted text underlined. */
function FieldDiff({ field }: { field: FieldChange }) {
  return (
    <div className="field-change">
      <div className="muted">{field.label}</div>
      <p className="diff-line">
        {textDiff(field.before, field.after).map((d, i) =>
          d.kind === "added" ? <ins key={i}>{d.text}</ins> : d.kind === "removed" ? <del key={i}>{d.text}</del> : <span key={i}>{d.text}</span>,
        )}
      </p>
    </div>
  );
}

function ChangeList({ changes, empty }: { changes: readonly PartChange[]; empty: string }) {
  if (changes.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="part-changes">
      {changes.map((c) => (
        <li key={c.key}>
          <details>
            <summary>
              {c.label} <span className="status">{CHANGE_WORDS[c.change]}</span> <span className="muted">{c.fields.length} 处</span>
            </summary>
            {c.fields.map((f, i) => (
              <FieldDiff key={i} field={f} />
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}

/**
 * What a reviewer compares with: the changes per part since the previous
 * submission, and since last year's report, and the parts still carried
 * over from last year unread (沿用上年).
 */
export function ReviewAids({
  sinceSubmission,
  sinceLastYear,
  carried,
}: {
  sinceSubmission: { at: string; changes: PartChange[] } | null;
  sinceLastYear: { year: number; changes: PartChange[] } | null;
  carried: readonly string[];
}) {
  return (
    <section className="card review-aids" aria-label="审阅对比">
      <h2>审阅对比</h2>
      <section aria-label="与上次提交相比">
        <h3>与上次提交相比{sinceSubmission ? `（${sinceSubmission.at}提交的版本）` : ""}</h3>
        {sinceSubmission ? (
          <ChangeList changes={sinceSubmission.changes} empty="上次提交后没有修改。" />
        ) : (
          <p className="muted">这是首次提交，没有可比较的版本。</p>
        )}
      </section>
      <section aria-label="与上年报告相比">
        <h3>与上年报告相比{sinceLastYear ? `（${sinceLastYear.year}年度）` : ""}</h3>
        {sinceLastYear ? <ChangeList changes={sinceLastYear.changes} empty="与上年报告相同。" /> : <p className="muted">没有上年的报告。</p>}
      </section>
      <section aria-label="沿用上年未确认">
        <h3>沿用上年、尚未修改或确认的部分</h3>
        {carried.length === 0 ? (
          <p className="muted">没有。</p>
        ) : (
          <ul>
            {carried.map((label) => (
              <li key={label}>
                {label} <span className="status carried">沿用上年</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

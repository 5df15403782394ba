"use client";
import { useActionState, useState } from "react";
import type { Confidence } from "@/lib/import/types";
import { formatFigureValue } from "@/lib/report/figure-value";
import type { ImportReview } from "@/lib/server/years/analyse-import.schema";
import type { CreateImportedReportResult } from "@/lib/server/years/create-imported-report.schema";
import { createImportedAction } from "./actions";

const CONFIDENCE: Record<Confidence, string> = { high: "把握较大", medium: "请核对", low: "存疑" };

/**
 * Step 2: what was recognised, for the user to check before anything is
 * written: the parts, the lines that fit nowhere, and the figure proposals,
 * the sure ones already ticked.
 */
export function ImportReviewForm({ organizationId, review }: { organizationId: string; review: ImportReview }) {
  const [state, action, pending] = useActionState<CreateImportedReportResult | null, FormData>(createImportedAction, null);
  const [year, setYear] = useState(review.year === null ? "" : String(review.year));
  const taken = review.takenYears.includes(Number(year));
  return (
    <form action={action} aria-label="核对导入内容">
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="content" value={review.content} />
      <input type="hidden" name="proposals" value={JSON.stringify(review.proposals)} />
      <input type="hidden" name="source" value={review.source} />

      <section className="card" aria-label="识别出的结构">
        <h2>识别出的结构（{review.source}）</h2>
        <div className={`field${taken ? " invalid" : ""}`} style={{ maxWidth: 260 }}>
          <label htmlFor="review-year">报告年度</label>
          <input id="review-year" name="year" type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} required />
          {taken && (
            <p className="error" role="alert">
              {year}年度已经有报告，请改为其他年度
            </p>
          )}
        </div>
        <table className="list">
          <thead>
            <tr>
              <th>部分</th>
              <th>标题</th>
              <th>事项数</th>
              <th>字数</th>
            </tr>
          </thead>
          <tbody>
            {review.parts.map((p, i) => (
              <tr key={i}>
                <td className="muted">{p.role}</td>
                <td>{p.heading}</td>
                <td>{p.items}</td>
                <td>{p.characters}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {review.warnings.length > 0 && (
          <ul aria-label="提示">
            {review.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-label="未识别的内容">
        <h2>未识别的内容（{review.unrecognised.length}行）</h2>
        {review.unrecognised.length === 0 ? (
          <p className="muted">所有内容都已归入报告的各部分。</p>
        ) : (
          <>
            <p>以下各行无法归入报告的结构，已放在“其他需要报告的情况”部分的“未识别的内容”下，创建后请移动或删除：</p>
            <ol style={{ listStyle: "none", paddingLeft: 0 }}>
              {review.unrecognised.map((u) => (
                <li key={u.line} style={{ borderLeft: "4px solid var(--warn)", paddingLeft: "0.5rem", marginBottom: "0.25rem" }}>
                  <strong>【未识别】第{u.line}行</strong>：{u.text} <span className="muted">（{u.reason}）</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section className="card" aria-label="数据建议">
        <h2>数据建议（{review.proposals.length}项）</h2>
        {review.proposals.length === 0 ? (
          <p className="muted">原文中没有识别出可填入数据的数字。</p>
        ) : (
          <>
            <p className="muted">勾选的数字会填入对应的数据，原文中的该数字改为引用这项数据。已预先勾选把握较大的建议。</p>
            <table className="list">
              <thead>
                <tr>
                  <th>采用</th>
                  <th>数据项</th>
                  <th>数值</th>
                  <th>原文</th>
                  <th>判断</th>
                </tr>
              </thead>
              <tbody>
                {review.proposals.map((p, i) => (
                  <tr key={i}>
                    <td>
                      <input
                        type="checkbox"
                        name="accept"
                        value={i}
                        defaultChecked={p.confidence === "high"}
                        aria-label={`采用 ${p.label} ${p.raw}`}
                        style={{ width: "auto" }}
                      />
                    </td>
                    <td>{p.label}</td>
                    <td>
                      {formatFigureValue(p.value)}
                      {typeof p.value === "string" && <span className="muted">（按原文写法）</span>}
                    </td>
                    <td>{p.sentence}</td>
                    <td className="muted">
                      {CONFIDENCE[p.confidence]}：{p.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      {state?.ok === false && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      <p style={{ display: "flex", gap: "0.75rem" }}>
        <button className="primary" disabled={pending || taken || year === ""}>
          {pending ? "正在创建…" : "创建草稿"}
        </button>
        <a className="button" href={`/organizations/${organizationId}/import`}>
          重新导入
        </a>
      </p>
    </form>
  );
}

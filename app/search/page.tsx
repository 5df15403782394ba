import Link from "next/link";
import { statusLabel } from "@/lib/report/status";
import { MAX_QUERY } from "@/lib/report/search-text";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { MAX_HITS, searchReports, type SearchHit } from "@/lib/server/search/search-reports";

export const dynamic = "force-dynamic";

/** 搜索: a phrase across every report the person may see, each hit in its context. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requireActor();
  const raw = (await searchParams).q;
  const q = Array.isArray(raw) ? raw[0] : raw;
  const result = q === undefined ? null : await searchReports(db(), actor, q);
  return (
    <>
      <h1>搜索报告</h1>
      <form role="search" className="card" style={{ display: "flex", gap: "0.5rem", alignItems: "end" }}>
        <div className="field" style={{ marginBottom: 0, flex: 1 }}>
          <label htmlFor="q">在您可以查看的各单位、各年度报告中搜索</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} maxLength={MAX_QUERY * 2} placeholder="如：信访、行政复议、民法典" />
        </div>
        <button className="primary">搜索</button>
      </form>
      {result?.status === "invalid" && (
        <p className="error" role="alert">
          {result.message}
        </p>
      )}
      {result?.status === "ok" && (
        <>
          <p role="status">
            在{result.searchedReports}份报告中找到{result.hitCount}处“{result.query}”
            {result.reports.length > 0 && `，分布在${result.reports.length}份报告中`}。
            {result.truncated && `结果过多，只显示前${MAX_HITS}处，请输入更具体的文字。`}
          </p>
          {result.reports.map((r) => (
            <section key={r.reportId} className="card" aria-label={`${r.organizationName} ${r.year}年度`}>
              <h2>
                <Link href={`/reports/${r.reportId}`}>
                  {r.organizationName} · {r.year}年度
                </Link>{" "}
                <span className="status">{statusLabel(r.status)}</span> <span className="muted">（{r.hits.length}处）</span>
              </h2>
              <ol style={{ paddingLeft: "1.25rem" }}>
                {r.hits.map((hit, i) => (
                  <Hit key={i} hit={hit} reportId={r.reportId} />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </>
  );
}

/** React escapes before, match and after: a report's "<b>" shows as text, only <mark> is markup. */
function Hit({ hit, reportId }: { hit: SearchHit; reportId: string }) {
  return (
    <li style={{ marginBottom: "0.4rem" }}>
      <Link href={`/reports/${reportId}`} className="muted" style={{ marginRight: "0.5rem" }}>
        {hit.label}
      </Link>
      <span>
        {hit.cutBefore && "…"}
        {hit.before}
        <mark>{hit.match}</mark>
        {hit.after}
        {hit.cutAfter && "…"}
      </span>
    </li>
  );
}

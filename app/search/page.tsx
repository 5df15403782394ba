import Link from "next/link";
import { Pager } from "@/components/report/Pager";
import { statusLabel } from "@/lib/report/status";
import { MAX_QUERY } from "@/lib/report/search-text";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { MAX_HITS, searchReports, type SearchHit } from "@/lib/server/search/search-reports";
import { CHECK_LIMIT } from "@/lib/server/search/match-index";
import { searchableUnits, UNIT_CHOICES } from "@/lib/server/search/searchable-units";
import { REPORT_STATUSES } from "@/lib/report/status";

type Params = {
  q?: string | string[];
  year?: string | string[];
  status?: string | string[];
  unit?: string | string[];
  unitName?: string | string[];
  page?: string | string[];
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
function yearOf(v: string | undefined): number | undefined {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
}

export const dynamic = "force-dynamic";

/** 搜索: a phrase across every report the person may see, each hit in its context. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const q = one(params.q);
  const year = yearOf(one(params.year));
  const status = one(params.status) || undefined;
  const unit = one(params.unit) || undefined;
  const unitName = one(params.unitName)?.trim().slice(0, 50) || undefined;
  const [result, { count: unitCount, units }] = await Promise.all([
    q === undefined ? null : searchReports(db(), actor, q, { year, status, organizationId: unit, unitName, page: Number(one(params.page)) || 1 }),
    searchableUnits(db(), actor),
  ]);
  const pageLink = (page: number) =>
    `/search?${new URLSearchParams({ q: q ?? "", ...(year && { year: String(year) }), ...(status && { status }), ...(unit && { unit }), ...(unitName && { unitName }), page: String(page) }).toString()}`;
  return (
    <>
      <h1>搜索报告</h1>
      <form role="search" className="card" style={{ display: "flex", gap: "0.5rem", alignItems: "end" }}>
        <div className="field" style={{ marginBottom: 0, flex: 1 }}>
          <label htmlFor="q">在您可以查看的各单位、各年度报告中搜索</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} maxLength={MAX_QUERY * 2} placeholder="如：信访、行政复议、民法典" />
        </div>
        <div className="field" style={{ marginBottom: 0, width: 110 }}>
          <label htmlFor="search-year">年度</label>
          <input id="search-year" name="year" type="number" min={2000} max={2100} defaultValue={year ?? ""} />
        </div>
        <div className="field" style={{ marginBottom: 0 }}>
          <label htmlFor="search-status">状态</label>
          <select id="search-status" name="status" defaultValue={status ?? ""}>
            <option value="">全部</option>
            {Object.keys(REPORT_STATUSES).map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        {units.length > 0 && (
          <div className="field" style={{ marginBottom: 0, maxWidth: 240 }}>
            <label htmlFor="search-unit">单位</label>
            <select id="search-unit" name="unit" defaultValue={unit ?? ""}>
              <option value="">全部单位</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {unitCount > UNIT_CHOICES && (
          <div className="field" style={{ marginBottom: 0, width: 180 }}>
            <label htmlFor="search-unit-name">单位名称</label>
            <input id="search-unit-name" name="unitName" type="search" defaultValue={unitName ?? ""} maxLength={50} placeholder={`共${unitCount}个单位，输入名称中的字`} />
          </div>
        )}
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
            {result.pageCount > 1 && `共${result.totalCapped ? `超过${result.total}` : result.total}份报告含有该内容，这是第${result.page}页。`}
            {result.truncated && `结果过多，只显示前${MAX_HITS}处，请输入更具体的文字。`}
            {result.unchecked && `可能含有该内容的报告过多，只核对了排在前面的${CHECK_LIMIT}份，结果可能不全：请按年度或单位缩小范围，或输入更具体的文字。`}
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
          <Pager page={result.page} pageCount={result.pageCount} href={pageLink} />
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

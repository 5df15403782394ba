import type { MissingChar } from "@/lib/pdf/coverage";

/**
 * Download links and what the export check found: characters no font of
 * the document has are listed with where they occur, before anyone prints.
 */
export function ExportPanel({ reportId, draft, missing }: { reportId: string; draft: boolean; missing: MissingChar[] }) {
  return (
    <section className="card" aria-label="导出">
      <h2>导出</h2>
      <p style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
        <a className="button primary" href={`/reports/${reportId}/pdf`} download>
          下载PDF
        </a>
        <a className="button" href={`/reports/${reportId}/pdf?version=submission`} download>
          下载报送版PDF
        </a>
        <a className="button" href={`/reports/${reportId}/pdf?appendix=1`} download>
          下载PDF（附年度数据表）
        </a>
        <a className="button" href={`/reports/${reportId}/docx`} download>
          下载DOCX
        </a>
      </p>
      <p className="muted">报送版带版头（红色发文机关标志、文号和红色分隔线），用于向上级报送；下载PDF为公开版，不带版头。</p>
      {draft && <p className="muted">报告尚未通过提交审核的校验，导出的PDF带“草稿”水印。</p>}
      <p className="muted">DOCX 供在 WPS/Word 中修改：公文版式（22行×28字、单双页页码）；改后的文件可在“导入”中导回。</p>
      {missing.length > 0 && (
        <div role="alert">
          <p className="error">以下字符当前字体中没有，将用其他字体印出，请核对：</p>
          <ul>
            {missing.map((m) => (
              <li key={m.codePoint}>
                “{m.char}”（{m.codePoint}）出现在 {m.paths.join("、")}：{m.fallback ? `由 ${m.fallback.name} 印出` : "没有任何字体含有此字，将印为占位符"}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

import { requireAdmin } from "@/app/admin/require-admin";
import { fontReport } from "@/lib/pdf/fonts/report";

// Fonts are found on the server at run time (fonts folder, system fonts): never prerender this page.
export const dynamic = "force-dynamic";

/**
 * 字体: which font file prints each GB/T 9704 role in the exported PDF, and
 * where it came from. Administrators only: it shows the server's paths.
 */
export default async function FontsPage() {
  await requireAdmin();
  const report = fontReport();
  return (
    <>
      <h1>排版字体</h1>
      <p className="muted">
        导出的 PDF 按 GB/T 9704 使用小标宋、仿宋、黑体、楷体等字体。单位自有的正版字体（如 simfang.ttf、simkai.ttf、simhei.ttf、方正小标宋简体）放入字体目录后重启服务即可使用；未提供的字体以开源字体代替。
      </p>
      <p>
        字体目录：<code>{report.fontsDir}</code>
        {report.fontsDirExists ? null : <span className="muted">（目录不存在；可设置环境变量 FONTS_DIR）</span>}
      </p>
      <table className="list card" aria-label="字体角色">
        <thead>
          <tr>
            <th>字体</th>
            <th>用于</th>
            <th>来源</th>
            <th>文件</th>
            <th>说明</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.role}>
              <th scope="row">{row.label}</th>
              <td>{row.use}</td>
              <td>{row.sourceLabel}</td>
              <td>
                <code>{row.file}</code>
              </td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.unused.length > 0 ? (
        <section className="card">
          <h2>字体目录中的其他字体</h2>
          <p className="muted">这些文件未用于任何角色，但遇到正文字体缺字时会用来补字。</p>
          <ul>
            {report.unused.map((f) => (
              <li key={f}>
                <code>{f}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

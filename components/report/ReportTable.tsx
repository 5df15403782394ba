import Link from "next/link";
import type { ReactNode } from "react";
import { statusLabel } from "@/lib/report/status";
import type { ReportSummary } from "@/lib/server/reports/list-reports";
import { formatDateTime } from "@/lib/time/format";

/** An organization's reports, one row a year; what each row offers (编辑, 下载PDF…) is the page's choice. */
export function ReportTable({ reports, note, actions }: { reports: ReportSummary[]; note?: (r: ReportSummary) => ReactNode; actions: (r: ReportSummary) => ReactNode }) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th>年度</th>
          <th>标题</th>
          <th>状态</th>
          <th>最后修改</th>
          <th>操作</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id}>
            <td>{r.year}年度</td>
            <td>
              <Link href={`/reports/${r.id}`}>{r.title || "（未命名）"}</Link>
            </td>
            <td>
              <span className="status">{statusLabel(r.status)}</span>
              {note?.(r)}
            </td>
            <td className="muted">{formatDateTime(r.updatedAt)}</td>
            <td style={{ whiteSpace: "nowrap" }}>{actions(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { stringify } from "csv-stringify/sync";
import { isAdmin } from "@/lib/access/permissions";
import { db } from "@/lib/server/db";
import { currentActor } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";
import { auditEventsForExport } from "@/lib/server/audit/list-events";
import { describeEvents } from "@/lib/server/audit/describe-events";
import { calendarDay } from "@/lib/time/format";
import { readAuditFilter } from "../search-params";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * 导出CSV: the audit log with the page's filters, every matching line (not
 * one page), in the words the page shows. UTF-8 with a byte-order mark, so
 * Excel and WPS open the Chinese text correctly with a double click.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return text("请先登录", 401);
  if (!isAdmin(actor) || actor.mustChangePassword) {
    await recordEvent(db(), { action: "forbidden", actor, detail: "导出审计日志" });
    return text("无权访问：审计日志仅供管理员导出", 403);
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filter, errors } = readAuditFilter(params);
  const refused = Object.values(errors);
  if (refused.length > 0) return text(`筛选条件有误：${refused.join("；")}`, 400);
  const lines = await describeEvents(db(), await auditEventsForExport(db(), actor, filter));
  const csv = stringify(
    lines.map((l) => [l.at, l.who, l.organization, l.action, l.report, l.detail]),
    // A cell starting with = + - @ is a formula to Excel and WPS; a typed username could be one. Quoted with ' it stays text.
    { header: true, columns: ["时间", "人员", "单位", "操作", "报告", "说明"], bom: true, cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) } },
  );
  const name = `审计日志-${calendarDay(new Date())}.csv`;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}

import { db } from "@/lib/server/db";
import { currentActor } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";
import { followsUnits, yearParam } from "@/lib/server/rollup/follows-units";
import { rollUpFor } from "@/lib/server/rollup/roll-up-for";
import { rollUpCsv, rollUpFileName, rollUpXlsx } from "@/lib/spreadsheet/roll-up-workbook";
import { contentDisposition } from "@/lib/pdf/file-name";
import { SPREADSHEET_TYPES, textResponse } from "@/lib/spreadsheet/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The roll-up as .xlsx (?format=xlsx, the default) or CSV, for the topic shown on the page. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return textResponse("请先登录", 401);
  if (!followsUnits(actor)) return textResponse("无权导出", 403);
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "csv" ? "csv" : "xlsx";
  const year = yearParam(params.get("year"));
  const { parentName, table } = await rollUpFor(db(), actor, { year, topic: params.get("topic")?.slice(0, 100) || undefined });
  const body = format === "csv" ? await rollUpCsv(table, parentName) : await rollUpXlsx(table, parentName);
  await recordEvent(db(), { action: "export", actor, detail: `数据汇总 ${year}年度 ${format.toUpperCase()}` });
  return new Response(new Uint8Array(body), {
    headers: { "content-type": SPREADSHEET_TYPES[format], "content-disposition": contentDisposition(rollUpFileName(parentName, year, format)), "cache-control": "no-store" },
  });
}

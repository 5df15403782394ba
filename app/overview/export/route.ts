import { db } from "@/lib/server/db";
import { currentActor } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isLate, unitsOverview } from "@/lib/server/organizations/units-overview";
import { followsUnits, yearParam } from "@/lib/server/rollup/follows-units";
import { overviewCsv, overviewFileName, overviewXlsx } from "@/lib/spreadsheet/overview-workbook";
import { contentDisposition } from "@/lib/pdf/file-name";
import { SPREADSHEET_TYPES, textResponse } from "@/lib/spreadsheet/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 下级单位总览 as .xlsx or CSV: each unit's status, dates, lateness and contact. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return textResponse("请先登录", 401);
  if (!followsUnits(actor)) return textResponse("无权导出", 403);
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "csv" ? "csv" : "xlsx";
  const year = yearParam(params.get("year"));
  const parent = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } });
  const lines = (await unitsOverview(db(), actor.organizationId, year)).map((u) => ({ ...u, late: isLate(u) }));
  const body = format === "csv" ? await overviewCsv(lines, parent.name, year) : await overviewXlsx(lines, parent.name, year);
  await recordEvent(db(), { action: "export", actor, detail: `报送情况 ${year}年度 ${format.toUpperCase()}` });
  return new Response(new Uint8Array(body), {
    headers: { "content-type": SPREADSHEET_TYPES[format], "content-disposition": contentDisposition(overviewFileName(parent.name, year, format)), "cache-control": "no-store" },
  });
}

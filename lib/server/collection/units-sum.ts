import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { loadRollUp } from "@/lib/db/roll-up-table";
import { formatFigureValue } from "@/lib/report/figure-value";
import type { RollUpRow, RollUpTable } from "@/lib/report/roll-up";
import { figureOf } from "@/lib/report/set-figure";
import { refuse } from "@/lib/server/actions/action.schema";
import type { SetFromUnitsResult } from "./units-sum.schema";
import { readContent } from "@/lib/server/reports/content";
import { writeSourcedFigures, type SourcedFigure } from "./write-sourced-figures";

/** 数据来源：老城区 77、西工区 51 (and the approximate ones, named as not counted). */
function unitsDetail(table: RollUpTable, row: RollUpRow): string {
  const stated = row.cells.flatMap((c, i) => (c.value === null ? [] : [`${table.units[i]?.name ?? ""} ${c.value}${c.exact === null ? "（约数，未计入）" : ""}`]));
  const basis = row.total.kind === "rate" && row.total.basis ? `；由数量重新计算：${row.total.basis}` : "";
  return `数据来源：各单位合计（${stated.join("、")}${basis}）`;
}

/** The units' total for each figure of a report's organization, where there is one. */
async function unitTotals(db: Db, organizationId: string, year: number, figureIds: readonly string[]) {
  const table = await loadRollUp(db, { parentId: organizationId, year, figureIds });
  return new Map(table.rows.flatMap((row) => (row.total.kind !== "none" && row.total.value !== null ? [[row.figure.id, { value: row.total.value, detail: unitsDetail(table, row) }] as const] : [])));
}

/**
 * 各单位合计: a figure of a parent's report becomes the total of its units'
 * (only the reports it may read, as the roll-up counts them). The caller has
 * checked that the person may edit the report.
 */
export async function setFromUnits(db: Db, actor: Actor, reportId: string, figureId: string): Promise<SetFromUnitsResult> {
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { organizationId: true, year: true } });
  const total = (await unitTotals(db, report.organizationId, report.year, [figureId])).get(figureId);
  if (!total) return refuse("missing", "下级单位已报送的报告中没有这一数据的准确数值，无法合计");
  const written = await writeSourcedFigures(db, actor, reportId, [{ figureId, value: total.value, kind: "units", detail: total.detail }], {
    action: "figure_from_units",
    detail: `${figureId} = ${total.value}；${total.detail}`,
  });
  return written.ok ? { ok: true, value: total.value } : written;
}

/**
 * Keeps 各单位合计 figures in step, on every opening of the editor: a figure
 * whose value is still the one its source wrote is recomputed from the units
 * (a unit may have sent or corrected its report since); one someone has
 * typed over is the office's own from then on, and its source is dropped.
 */
export async function refreshFromUnits(db: Db, actor: Actor, reportId: string): Promise<void> {
  const sources = await db.figureSource.findMany({ where: { reportId, kind: "units" } });
  if (sources.length === 0) return;
  const row = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { organizationId: true, year: true, content: true } });
  const report = readContent(row.content).report;
  const current = (figureId: string) => {
    const v = figureOf(report, figureId);
    return v === null ? null : formatFigureValue(v);
  };
  const typedOver = sources.filter((s) => current(s.figureId) !== s.value);
  if (typedOver.length > 0) await db.figureSource.deleteMany({ where: { reportId, figureId: { in: typedOver.map((s) => s.figureId) } } });
  const kept = sources.filter((s) => current(s.figureId) === s.value);
  const totals = await unitTotals(db, row.organizationId, row.year, kept.map((s) => s.figureId));
  const changed: SourcedFigure[] = kept.flatMap((s) => {
    const t = totals.get(s.figureId);
    return t && (formatFigureValue(t.value) !== s.value || t.detail !== s.detail) ? [{ figureId: s.figureId, value: t.value, kind: "units" as const, detail: t.detail }] : [];
  });
  if (changed.length === 0) return;
  await writeSourcedFigures(db, actor, reportId, changed, { action: "figure_from_units", detail: `随下级单位更新：${changed.map((c) => `${c.figureId} = ${c.value}`).join("、")}` });
}


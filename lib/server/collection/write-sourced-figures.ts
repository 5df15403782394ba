import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { storedColumns, writeDerived } from "@/lib/db/stored-report";
import { formatFigureValue, type FigureValue } from "@/lib/report/figure-value";
import { withFigure } from "@/lib/report/set-figure";
import { refuse, type Refusal } from "@/lib/server/actions/action.schema";
import { recordEvent, type AuditAction } from "@/lib/server/audit/record-event";
import { readContent, writeContent } from "@/lib/server/reports/content";

export interface SourcedFigure {
  figureId: string;
  value: FigureValue;
  /** units: 各单位合计, kept in step; department: accepted from a 数据征集 reply. */
  kind: "units" | "department";
  /** 数据来源：… as the editor shows it. */
  detail: string;
}

/**
 * Writes figures into a report together with where they came from, as a
 * save does: one conditional update on the version (someone saving at the
 * same moment makes this fail rather than be overwritten), a revision, the
 * derived rows, the figure sources and the audit line in one transaction.
 * `extra` runs in the same transaction (marking a reply accepted).
 */
export async function writeSourcedFigures(
  db: Db,
  actor: Actor | null,
  reportId: string,
  figures: readonly SourcedFigure[],
  audit: { action: AuditAction; detail: string },
  extra?: (tx: Tx) => Promise<void>,
): Promise<{ ok: true; version: number } | Refusal<"missing" | "conflict">> {
  return db.transaction(async (tx) => {
    const row = await tx.report.findUnique({ where: { id: reportId }, select: { content: true, version: true } });
    if (!row) return refuse("missing", "报告不存在");
    const report = figures.reduce((r, f) => withFigure(r, f.figureId, f.value), readContent(row.content).report);
    const content = writeContent(report);
    const version = row.version + 1;
    const { count } = await tx.report.updateMany({ where: { id: reportId, version: row.version }, data: { content, version, ...storedColumns(report) } });
    if (count === 0) return refuse("conflict", "报告刚被他人保存，请重试");
    await writeDerived(tx, reportId, report);
    await tx.revision.create({ data: { reportId, version, content, authorId: actor?.id ?? null } });
    for (const f of figures) {
      const data = { kind: f.kind, value: formatFigureValue(f.value), detail: f.detail };
      await tx.figureSource.upsert({ where: { reportId_figureId: { reportId, figureId: f.figureId } }, create: { reportId, figureId: f.figureId, ...data }, update: data });
    }
    await extra?.(tx);
    await recordEvent(tx, { ...audit, actor, reportId });
    return { ok: true, version } as const;
  });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import { formatFigureValue } from "@/lib/report/figure-value";
import { figureDefOf, figureOf } from "@/lib/report/set-figure";
import type { Report } from "@/lib/report/schema";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";

export interface FigureSourceView {
  figureId: string;
  label: string;
  kind: "units" | "department";
  /** The value the source wrote, and the report's value now when someone has typed another since. */
  value: string;
  changedTo: string | null;
  detail: string;
}

/** Where a report's figures came from, in catalogue order of their ids as stored. */
export async function listFigureSources(db: Db, reportId: string, report: Report, organizationId: string): Promise<FigureSourceView[]> {
  const rows = await db.figureSource.findMany({ where: { reportId }, orderBy: { figureId: "asc" } });
  const custom = rows.length > 0 ? await customFiguresFor(db, organizationId) : [];
  return rows.map((s) => {
    const now = figureOf(report, s.figureId);
    const shown = now === null ? "（已删除）" : formatFigureValue(now);
    return {
      figureId: s.figureId,
      label: figureDefOf(s.figureId, custom)?.label ?? s.figureId,
      kind: s.kind === "units" ? "units" : "department",
      value: s.value,
      changedTo: shown === s.value ? null : shown,
      detail: s.detail,
    };
  });
}

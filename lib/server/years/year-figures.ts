import "server-only";
import type { Db } from "@/lib/db/client";
import { emptyReport } from "@/lib/report/defaults";
import { isFigureId, findFigure, type Figures } from "@/lib/report/figures";
import type { FigureValue } from "@/lib/report/figure-value";
import type { YearFigures } from "@/lib/report/year-comparison";
import type { Actor } from "@/lib/access/roles";
import { parentReadable } from "@/lib/server/access/parent-readable";

/** A stored value back as the report holds it: a number where it was one, the words otherwise (零 stays 零). */
function asTyped(value: string, exact: number | null): FigureValue {
  return exact !== null && String(exact) === value ? exact : value;
}

/**
 * The figures of an organization's reports for the given years, from the
 * figure rows (one query, no content read); years without a report are left out.
 */
export async function yearFigures(db: Db, organizationId: string, years: readonly number[], readableBy?: Actor): Promise<YearFigures[]> {
  const reports = await db.report.findMany({
    // For a parent, only the years it may read (lib/access/permissions.ts openToParent).
    where: { organizationId, year: { in: [...years] }, ...(readableBy ? { OR: parentReadable(readableBy) } : {}) },
    orderBy: { year: "asc" },
    select: { year: true, figureRows: { select: { figureId: true, value: true, exact: true } } },
  });
  return reports.map((r) => {
    const figures: Figures = emptyReport().figures;
    const customFigures: Record<string, FigureValue> = {};
    for (const row of r.figureRows) {
      const value = asTyped(row.value, row.exact);
      const entry = isFigureId(row.figureId) ? findFigure(row.figureId) : undefined;
      if (entry) {
        const topic: Record<string, FigureValue | null> = figures[entry.topic];
        topic[entry.key] = value;
      } else customFigures[row.figureId] = value;
    }
    return { year: r.year, figures, customFigures };
  });
}

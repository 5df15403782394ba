import "server-only";
import type { Db } from "@/lib/db/client";
import type { FigureValue } from "@/lib/report/figure-value";
import type { Figures } from "@/lib/report/figures";
import { readContent } from "@/lib/server/reports/content";

export interface PreviousYearFigures {
  /** The year before the report's year. */
  year: number;
  reportId: string;
  figures: Figures;
  /** Its custom figures' values, by the figure's id. */
  customFigures: Record<string, FigureValue | null>;
}

/**
 * Last year's figures of the same organization, catalogue and custom, for
 * the editor to show beside each input ("去年: 77"); null when that year
 * has no report.
 * The caller has authorized reading `reportId`; the previous year belongs
 * to the same organization, so the same permission covers it.
 */
export async function previousYearFigures(db: Db, reportId: string): Promise<PreviousYearFigures | null> {
  const current = await db.report.findUnique({ where: { id: reportId }, select: { organizationId: true, year: true } });
  if (!current) return null;
  const year = current.year - 1;
  const row = await db.report.findUnique({
    where: { organizationId_year: { organizationId: current.organizationId, year } },
    select: { id: true, content: true },
  });
  if (!row) return null;
  const { report } = readContent(row.content);
  return { year, reportId: row.id, figures: report.figures, customFigures: report.customFigures };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Figures } from "@/lib/report/figures";
import { readContent } from "@/lib/server/reports/content";

export interface PreviousYearFigures {
  /** The year before the report's year. */
  year: number;
  reportId: string;
  figures: Figures;
}

/**
 * Last year's figures of the same organization, for the editor to show
 * beside each input ("去年: 77"); null when that year has no report.
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
  return { year, reportId: row.id, figures: readContent(row.content).report.figures };
}

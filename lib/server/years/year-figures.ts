import "server-only";
import type { Db } from "@/lib/db/client";
import type { YearFigures } from "@/lib/report/year-comparison";
import { readContent } from "@/lib/server/reports/content";

/** The figures of an organization's reports for the given years; years without a report are left out. */
export async function yearFigures(db: Db, organizationId: string, years: readonly number[]): Promise<YearFigures[]> {
  const rows = await db.report.findMany({
    where: { organizationId, year: { in: [...years] } },
    orderBy: { year: "asc" },
    select: { year: true, content: true },
  });
  return rows.map((r) => {
    const { report } = readContent(r.content);
    return { year: r.year, figures: report.figures, customFigures: report.customFigures };
  });
}

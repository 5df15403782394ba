import type { Db } from "./client";

export interface RollUp {
  /** The sum of the exact values; null when no unit states one. */
  sum: number | null;
  /** Units whose report states the figure exactly, and those that state it in words (500余), left out of the sum. */
  exact: number;
  approximate: number;
}

/** One figure (catalogue or custom id) summed across a parent's direct units for a year: one SQL query. */
export async function rollUp(db: Db, parentId: string, figureId: string, year: number): Promise<RollUp> {
  const [row] = await db.raw.query<{ total: number | null; exact: number | bigint; stated: number | bigint }>(
    `SELECT sum(f."exact") AS "total", count(f."exact") AS "exact", count(*) AS "stated"
     FROM "ReportFigure" f JOIN "Report" r ON r."id" = f."reportId" JOIN "Organization" o ON o."id" = r."organizationId"
     WHERE o."parentId" = ? AND r."year" = ? AND f."figureId" = ?`,
    parentId,
    year,
    figureId,
  );
  const exact = Number(row?.exact ?? 0);
  return { sum: row?.total === null || row?.total === undefined ? null : Number(row.total), exact, approximate: Number(row?.stated ?? 0) - exact };
}

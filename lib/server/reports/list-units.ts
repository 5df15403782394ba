import "server-only";
import type { Db } from "@/lib/db/client";

export const UNITS_PAGE_SIZE = 50;

export interface UnitLatest {
  id: string;
  name: string;
  parentName: string | null;
  /** The unit's newest year's report; null when it has none. */
  latest: { id: string; year: number; title: string; status: string; characters: number; finalIssues: number; updatedAt: Date } | null;
}

export interface UnitsPage {
  units: UnitLatest[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The units a person oversees, each with its newest report's status, a page
 * at a time, filtered by the unit's name and that status: three queries
 * whatever the count of units (the page's ids, their count, their rows), and
 * no report's content read.
 */
export async function listUnits(db: Db, unitIds: readonly string[], filters: { name?: string; status?: string; page?: number }): Promise<UnitsPage> {
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  if (unitIds.length === 0) return { units: [], total: 0, page, pageCount: 1 };
  const params: unknown[] = [...unitIds];
  let where = `o."id" IN (${unitIds.map(() => "?").join(", ")})`;
  if (filters.name) {
    // instr/strpos rather than LIKE: the name is matched as typed, % and _ included.
    where += db.raw.kind === "sqlite" ? ` AND instr(o."name", ?) > 0` : ` AND strpos(o."name", ?) > 0`;
    params.push(filters.name);
  }
  if (filters.status === "none") where += ` AND r."id" IS NULL`;
  else if (filters.status) {
    where += ` AND r."status" = ?`;
    params.push(filters.status);
  }
  const from = `FROM "Organization" o LEFT JOIN "Report" r ON r."organizationId" = o."id"
    AND r."year" = (SELECT max(r2."year") FROM "Report" r2 WHERE r2."organizationId" = o."id") WHERE ${where}`;
  const [ids, counted] = await Promise.all([
    db.raw.query<{ id: string }>(`SELECT o."id" AS "id" ${from} ORDER BY o."name" LIMIT ? OFFSET ?`, ...params, UNITS_PAGE_SIZE, (page - 1) * UNITS_PAGE_SIZE),
    db.raw.query<{ n: number | bigint }>(`SELECT count(*) AS "n" ${from}`, ...params),
  ]);
  const orgs = await db.organization.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      parent: { select: { name: true } },
      reports: { orderBy: { year: "desc" }, take: 1, select: { id: true, year: true, title: true, status: true, characters: true, finalIssues: true, updatedAt: true } },
    },
  });
  const total = Number(counted[0]?.n ?? 0);
  return {
    units: orgs.map((o) => ({ id: o.id, name: o.name, parentName: o.parent?.name ?? null, latest: o.reports[0] ?? null })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / UNITS_PAGE_SIZE)),
  };
}

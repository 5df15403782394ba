import "server-only";
import type { Db } from "@/lib/db/client";

export interface ReportSummary {
  id: string;
  year: number;
  title: string;
  status: string;
  version: number;
  updatedAt: Date;
}

export interface OrganizationReports {
  id: string;
  name: string;
  shortName: string;
  parentName: string | null;
  reports: ReportSummary[];
}

/** The given organizations with their reports, newest year first: the home page's list. */
export async function listReports(db: Db, organizationIds: readonly string[]): Promise<OrganizationReports[]> {
  const orgs = await db.organization.findMany({
    where: { id: { in: [...organizationIds] } },
    orderBy: { name: "asc" },
    // The stored title, never the content: a list parses no report.
    include: {
      parent: { select: { name: true } },
      reports: { orderBy: { year: "desc" }, select: { id: true, year: true, title: true, status: true, version: true, updatedAt: true } },
    },
  });
  return orgs.map((org) => ({
    id: org.id,
    name: org.name,
    shortName: org.shortName,
    parentName: org.parent?.name ?? null,
    reports: org.reports.map((r) => ({
      id: r.id,
      year: r.year,
      title: r.title,
      status: r.status,
      version: r.version,
      updatedAt: r.updatedAt,
    })),
  }));
}

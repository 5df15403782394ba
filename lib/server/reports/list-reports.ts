import "server-only";
import type { Db } from "@/lib/db/client";
import { readContent } from "./content";

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
    include: { parent: { select: { name: true } }, reports: { orderBy: { year: "desc" } } },
  });
  return orgs.map((org) => ({
    id: org.id,
    name: org.name,
    shortName: org.shortName,
    parentName: org.parent?.name ?? null,
    reports: org.reports.map((r) => ({
      id: r.id,
      year: r.year,
      title: readContent(r.content).report.header.title,
      status: r.status,
      version: r.version,
      updatedAt: r.updatedAt,
    })),
  }));
}

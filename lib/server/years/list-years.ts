import "server-only";
import type { Db } from "@/lib/db/client";
import { readContent } from "@/lib/server/reports/content";

export interface YearSummary {
  reportId: string;
  year: number;
  title: string;
  status: string;
  version: number;
  updatedAt: Date;
}

export interface OrganizationYears {
  id: string;
  name: string;
  shortName: string;
  parentName: string | null;
  /** Newest year first. */
  reports: YearSummary[];
}

/** One organization with every report it has written, year by year; null when it does not exist. */
export async function listYears(db: Db, organizationId: string): Promise<OrganizationYears | null> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    include: { parent: { select: { name: true } }, reports: { orderBy: { year: "desc" } } },
  });
  if (!org) return null;
  return {
    id: org.id,
    name: org.name,
    shortName: org.shortName,
    parentName: org.parent?.name ?? null,
    reports: org.reports.map((r) => ({
      reportId: r.id,
      year: r.year,
      title: readContent(r.content).report.header.title,
      status: r.status,
      version: r.version,
      updatedAt: r.updatedAt,
    })),
  };
}

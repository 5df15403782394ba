import "server-only";
import type { Db } from "@/lib/db/client";
import { newReport } from "@/lib/report/defaults";
import { writeContent } from "./content";

export type CreateResult = { status: "created"; reportId: string } | { status: "exists"; reportId: string } | { status: "invalid"; message: string };

/** Starts an organization's report for a year from the standard skeleton; one report per organization and year. */
export async function createReport(db: Db, input: { organizationId: string; year: number }): Promise<CreateResult> {
  const { organizationId, year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { status: "invalid", message: "年度应为2000至2100之间的整数" };
  const org = await db.organization.findUnique({ where: { id: organizationId }, include: { parent: true } });
  if (!org) return { status: "invalid", message: "单位不存在" };
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
  if (existing) return { status: "exists", reportId: existing.id };

  const report = newReport({
    organizationName: org.name,
    organizationShortName: org.shortName,
    parentName: org.parent?.name,
    year,
  });
  const content = writeContent(report);
  const row = await db.report.create({
    data: { organizationId, year, content, revisions: { create: { version: 1, content } } },
  });
  return { status: "created", reportId: row.id };
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { newReport } from "@/lib/report/defaults";
import { invalid, refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { isUniqueViolation } from "@/lib/server/years/unique-violation";
import { writeContent } from "./content";
import { storedColumns, writeDerived } from "@/lib/db/stored-report";
import type { CreateReportInput, CreateReportResult, ReportExists } from "./create-report.schema";

const exists = (year: number, reportId: string): ReportExists => ({ ...refuse("exists", `${year}年度的报告已经存在`), reportId });

/**
 * Starts an organization's report for a year from the standard skeleton;
 * one report per organization and year. The report, its first revision and
 * the audit line are one transaction; the database's one-report-per-year
 * constraint decides a race. `actor` is null only for the seed and the tests.
 */
export async function createReport(db: Db, actor: Actor | null, input: CreateReportInput): Promise<CreateReportResult> {
  const { organizationId, year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return invalid([{ path: "year", message: "年度应为2000至2100之间的整数" }]);
  const org = await db.organization.findUnique({ where: { id: organizationId }, include: { parent: true } });
  if (!org) return invalid([{ path: "organizationId", message: "单位不存在" }]);
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
  if (existing) return exists(year, existing.id);

  const report = newReport({
    organizationName: org.name,
    organizationShortName: org.shortName,
    parentName: org.parent?.name,
    year,
  });
  const content = writeContent(report);
  try {
    return await db.transaction(async (tx) => {
      const row = await tx.report.create({
        data: { organizationId, year, content, ...storedColumns(report), revisions: { create: { version: 1, content, authorId: actor?.id ?? null } } },
      });
      await writeDerived(tx, row.id, report);
      await recordEvent(tx, { action: "create_report", actor, organizationId, reportId: row.id, detail: `${year}年度` });
      return { ok: true, reportId: row.id } as const;
    });
  } catch (error) {
    // The transaction is over (PostgreSQL aborts one at its first error): the winner is read outside it.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
    return exists(year, winner?.id ?? "");
  }
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { defaultTitle } from "@/lib/report/defaults";
import { parseReport } from "@/lib/report/parse";
import type { Report } from "@/lib/report/schema";
import { applyProposals, type FigureProposal } from "@/lib/import";
import { IMPORT_MESSAGES } from "@/lib/import/messages";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { writeContent } from "@/lib/server/reports/content";
import { storedColumns, writeDerived } from "@/lib/db/stored-report";
import type { ReportExists } from "@/lib/server/reports/create-report.schema";
import type { CreateImportedReportResult } from "./create-imported-report.schema";
import { mayCreate } from "./may-create";
import { isUniqueViolation } from "./unique-violation";

const exists = (year: number, reportId: string): ReportExists => ({ ...refuse("exists", `${year}年度的报告已经存在，导入没有写入任何内容`), reportId });

/**
 * Creates a draft from an imported report. `content` comes back from the
 * browser between the review step and this one, so it is untrusted: it is
 * validated with the draft schema here, whatever the form did before; the
 * figure proposals the person ticked are then applied to it. The report
 * row, its first revision and the audit line are one transaction, and the
 * database's one-report-per-year constraint decides a race, so a failure
 * leaves nothing behind.
 */
export async function createImportedReport(
  db: Db,
  actor: Actor,
  input: { organizationId: string; year: number; content: unknown; source: string; proposals?: readonly FigureProposal[] },
): Promise<CreateImportedReportResult> {
  const { organizationId, year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return refuse("invalid", "年度应为2000至2100之间的整数", [{ path: "year", message: "年度应为2000至2100之间的整数" }]);
  }
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true, shortName: true } });
  if (!org) return refuse("missing", "单位不存在");
  if (!(await mayCreate(db, actor, organizationId))) return refuse("forbidden", "您无权为该单位导入报告");
  const parsed = parseReport(input.content, "draft");
  if (!parsed.ok) return refuse("invalid", IMPORT_MESSAGES.invalid, parsed.issues);
  // The proposals came back from the browser too: the draft they make is checked again.
  const proposed = parseReport(applyProposals(parsed.report, input.proposals ?? []), "draft");
  if (!proposed.ok) return refuse("invalid", IMPORT_MESSAGES.invalid, proposed.issues);
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
  if (existing) return exists(year, existing.id);

  const report = forYear(proposed.report, year, org);
  const content = writeContent(report);
  try {
    return await db.transaction(async (tx) => {
      const row = await tx.report.create({
        data: { organizationId, year, content, ...storedColumns(report), revisions: { create: { version: 1, content, authorId: actor.id } } },
      });
      await writeDerived(tx, row.id, report);
      await recordEvent(tx, { action: "import", actor, organizationId, reportId: row.id, detail: `${year}年度，导入自${input.source}` });
      return { ok: true, reportId: row.id } as const;
    });
  } catch (error) {
    // The transaction is over (PostgreSQL aborts one at its first error): the winner is read outside it.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
    return exists(year, winner?.id ?? "");
  }
}

/**
 * The row's year is the report's identity. A title the importer generated
 * for another year follows the year; blanks the document left are filled
 * from the organization, as a new report's would be.
 */
function forYear(report: Report, year: number, org: { name: string; shortName: string }): Report {
  const h = report.header;
  const organizationName = h.organizationName.trim() || org.name;
  const generated = h.year !== null && h.title === defaultTitle(organizationName, h.year);
  return {
    ...report,
    header: {
      ...h,
      year,
      organizationName,
      organizationShortName: h.organizationShortName.trim() || org.shortName,
      signatory: h.signatory.trim() || organizationName,
      title: generated || !h.title.trim() ? defaultTitle(organizationName, year) : h.title,
    },
  };
}

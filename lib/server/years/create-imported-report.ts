import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { defaultTitle } from "@/lib/report/defaults";
import { parseReport } from "@/lib/report/parse";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import { recordEvent } from "@/lib/server/audit/record-event";
import { writeContent } from "@/lib/server/reports/content";
import { mayCreate } from "./may-create";
import { isUniqueViolation } from "./unique-violation";

export type CreateImportedResult =
  | { status: "created"; reportId: string }
  /** Nothing was written. */
  | { status: "exists"; reportId: string; message: string }
  | { status: "invalid"; message: string; issues: ReportIssue[] }
  | { status: "missing" | "forbidden"; message: string };

/**
 * Creates a draft from an imported report. `content` comes back from the
 * browser between the review step and this one, so it is untrusted: it is
 * validated with the draft schema here, whatever the form did before.
 * The report row and its first revision are one write, and the database's
 * one-report-per-year constraint decides a race, so a failure leaves
 * nothing behind.
 */
export async function createImportedReport(
  db: Db,
  actor: Actor,
  input: { organizationId: string; year: number; content: unknown; source: string },
): Promise<CreateImportedResult> {
  const { organizationId, year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { status: "invalid", message: "年度应为2000至2100之间的整数", issues: [{ path: "year", message: "年度应为2000至2100之间的整数" }] };
  }
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true, shortName: true } });
  if (!org) return { status: "missing", message: "单位不存在" };
  if (!(await mayCreate(db, actor, organizationId))) return { status: "forbidden", message: "您无权为该单位导入报告" };
  const parsed = parseReport(input.content, "draft");
  if (!parsed.ok) return { status: "invalid", message: "导入的内容无法保存为报告草稿", issues: parsed.issues };
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
  if (existing) return { status: "exists", reportId: existing.id, message: `${year}年度的报告已经存在，导入没有写入任何内容` };

  const content = writeContent(forYear(parsed.report, year, org));
  try {
    const row = await db.report.create({
      data: { organizationId, year, content, revisions: { create: { version: 1, content, authorId: actor.id } } },
    });
    await recordEvent(db, { action: "import", actor, organizationId, reportId: row.id, detail: `${year}年度，导入自${input.source}` });
    return { status: "created", reportId: row.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
    return { status: "exists", reportId: winner?.id ?? "", message: `${year}年度的报告已经存在，导入没有写入任何内容` };
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

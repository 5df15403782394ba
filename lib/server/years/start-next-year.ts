import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { carryOver } from "@/lib/report/carry-over";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { readContent, writeContent } from "@/lib/server/reports/content";
import { storedColumns, writeDerived } from "@/lib/db/stored-report";
import type { ReportExists } from "@/lib/server/reports/create-report.schema";
import { mayCreate } from "./may-create";
import type { StartNextYearInput, StartNextYearResult } from "./start-next-year.schema";
import { isUniqueViolation } from "./unique-violation";

const exists = (year: number, reportId: string): ReportExists => ({ ...refuse("exists", `${year}年度的报告已经存在，不能再次新建`), reportId });

/**
 * Starts the report for fromYear + 1 from the fromYear report: its outline
 * and headings, and its texts when `carryTexts` (each marked in
 * carriedOver), never its figures. The report, its first revision and the
 * audit line are one transaction.
 */
export async function startNextYear(db: Db, actor: Actor, input: StartNextYearInput): Promise<StartNextYearResult> {
  const { organizationId, fromYear, carryTexts } = input;
  if (!Number.isInteger(fromYear) || fromYear < 2000 || fromYear > 2099) {
    return refuse("invalid", "请选择要沿用的年度", [{ path: "fromYear", message: "请选择要沿用的年度" }]);
  }
  if (!(await mayCreate(db, actor, organizationId))) return refuse("forbidden", "您无权为该单位新建报告");
  const year = fromYear + 1;
  const source = await db.report.findUnique({ where: { organizationId_year: { organizationId, year: fromYear } } });
  if (!source) return refuse("missing", `本单位没有${fromYear}年度的报告，无法沿用`);
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
  if (existing) return exists(year, existing.id);

  const previous = readContent(source.content).report;
  // The row's year is authoritative; content written by an old import may lack it.
  const report = carryOver({ ...previous, header: { ...previous.header, year: fromYear } }, { carryTexts });
  const content = writeContent(report);
  try {
    return await db.transaction(async (tx) => {
      const row = await tx.report.create({
        data: { organizationId, year, content, ...storedColumns(report), revisions: { create: { version: 1, content, authorId: actor.id } } },
      });
      await writeDerived(tx, row.id, report);
      await recordEvent(tx, {
        action: "create_report",
        actor,
        organizationId,
        reportId: row.id,
        detail: `${year}年度，从${fromYear}年度报告开始${carryTexts ? "（沿用正文）" : "（仅沿用结构和标题）"}`,
      });
      return { ok: true, reportId: row.id, year } as const;
    });
  } catch (error) {
    // The transaction is over (PostgreSQL aborts one at its first error): the winner is read outside it.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
    return exists(year, winner?.id ?? "");
  }
}

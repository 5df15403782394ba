import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { carryOver } from "@/lib/report/carry-over";
import { recordEvent } from "@/lib/server/audit/record-event";
import { readContent, writeContent } from "@/lib/server/reports/content";
import { mayCreate } from "./may-create";
import { isUniqueViolation } from "./unique-violation";

export type StartNextYearResult =
  | { status: "created"; reportId: string; year: number }
  /** Nothing was written; `message` says why, in the users' words. */
  | { status: "exists"; reportId: string; message: string }
  | { status: "missing" | "forbidden" | "invalid"; message: string };

/**
 * Starts the report for fromYear + 1 from the fromYear report: its outline
 * and headings, and its texts when `carryTexts` (each marked in
 * carriedOver), never its figures. The report and its first revision are
 * one write.
 */
export async function startNextYear(
  db: Db,
  actor: Actor,
  input: { organizationId: string; fromYear: number; carryTexts: boolean },
): Promise<StartNextYearResult> {
  const { organizationId, fromYear, carryTexts } = input;
  if (!Number.isInteger(fromYear) || fromYear < 2000 || fromYear > 2099) {
    return { status: "invalid", message: "请选择要沿用的年度" };
  }
  if (!(await mayCreate(db, actor, organizationId))) return { status: "forbidden", message: "您无权为该单位新建报告" };
  const year = fromYear + 1;
  const source = await db.report.findUnique({ where: { organizationId_year: { organizationId, year: fromYear } } });
  if (!source) return { status: "missing", message: `本单位没有${fromYear}年度的报告，无法沿用` };
  const existing = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
  if (existing) return { status: "exists", reportId: existing.id, message: `${year}年度的报告已经存在，不能再次新建` };

  const previous = readContent(source.content).report;
  // The row's year is authoritative; content written by an old import may lack it.
  const content = writeContent(carryOver({ ...previous, header: { ...previous.header, year: fromYear } }, { carryTexts }));
  try {
    const row = await db.report.create({
      data: { organizationId, year, content, revisions: { create: { version: 1, content, authorId: actor.id } } },
    });
    await recordEvent(db, {
      action: "create_report",
      actor,
      organizationId,
      reportId: row.id,
      detail: `${year}年度，从${fromYear}年度报告开始${carryTexts ? "（沿用正文）" : "（仅沿用结构和标题）"}`,
    });
    return { status: "created", reportId: row.id, year };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.report.findUnique({ where: { organizationId_year: { organizationId, year } }, select: { id: true } });
    return { status: "exists", reportId: winner?.id ?? "", message: `${year}年度的报告已经存在，不能再次新建` };
  }
}

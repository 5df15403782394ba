import "server-only";
import type { Db } from "@/lib/db/client";
import { parseReport } from "@/lib/report/parse";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import { readContent, writeContent } from "./content";

export type SaveResult =
  | { status: "saved"; version: number; savedAt: Date }
  | { status: "invalid"; issues: ReportIssue[] }
  /** Someone saved since `baseVersion`: nothing was written; here is what they saved. */
  | { status: "conflict"; version: number; report: Report; savedAt: Date }
  | { status: "missing" };

/**
 * Saves a report only if it is still at the version the editor started from.
 * The version check and the write are one conditional update, so two people
 * saving at once cannot both succeed: the loser gets a conflict and decides,
 * instead of silently overwriting the winner. Every save is a revision.
 */
export async function saveReport(
  db: Db,
  input: { reportId: string; baseVersion: number; content: unknown; authorId?: string },
): Promise<SaveResult> {
  const parsed = parseReport(input.content, "draft");
  if (!parsed.ok) return { status: "invalid", issues: parsed.issues };

  return db.transaction(async (tx) => {
    const row = await tx.report.findUnique({ where: { id: input.reportId }, select: { year: true } });
    if (!row) return { status: "missing" } as const;
    // The row's year is the report's identity; the content cannot move it to another year.
    const content = writeContent({ ...parsed.report, header: { ...parsed.report.header, year: row.year } });
    const version = input.baseVersion + 1;
    const { count } = await tx.report.updateMany({
      where: { id: input.reportId, version: input.baseVersion },
      data: { content, version },
    });
    if (count === 0) {
      const current = await tx.report.findUniqueOrThrow({ where: { id: input.reportId } });
      return { status: "conflict", version: current.version, report: readContent(current.content).report, savedAt: current.updatedAt } as const;
    }
    const revision = await tx.revision.create({ data: { reportId: input.reportId, version, content, authorId: input.authorId ?? null } });
    return { status: "saved", version, savedAt: revision.createdAt } as const;
  });
}

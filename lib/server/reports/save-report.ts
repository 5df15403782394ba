import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { parseReport } from "@/lib/report/parse";
import { invalid, refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { readContent, writeContent } from "./content";
import { storedColumns, updateContent, writeDerived } from "@/lib/db/stored-report";
import type { SaveReportResult } from "./save-report.schema";
import { writeRevision } from "./write-revision";

const GONE = refuse("missing", "报告已不存在，修改暂存在本机");

export interface SaveReport {
  reportId: string;
  baseVersion: number;
  content: unknown;
  /** Never fold into the latest revision (save-report.schema.ts). */
  apart?: boolean;
}

/**
 * Saves a report only if it is still at the version the editor started from.
 * The version check and the write are one conditional update, so two people
 * saving at once cannot both succeed: the loser gets a conflict and decides,
 * instead of silently overwriting the winner. Every save is in the revision
 * history (folded into the person's current stretch, write-revision.ts) and
 * a line of the audit log, written in the same transaction. `actor` is null
 * only for the seed and the tests; `at` is the clock, given by the benchmark
 * that simulates a year of saves.
 */
export async function saveReport(db: Db, actor: Actor | null, input: SaveReport, at = new Date()): Promise<SaveReportResult> {
  return saveVersion(db, actor, input, (version) => ({ action: "save", detail: `版本${version}` }), { at, foldable: !input.apart });
}

/** saveReport, recorded in the audit log as the caller names it (a restore records itself as one). */
export async function saveVersion(
  db: Db,
  actor: Actor | null,
  input: SaveReport,
  audit: (version: number) => { action: "save" | "restore"; detail: string },
  history: { at: Date; foldable: boolean },
): Promise<SaveReportResult> {
  const parsed = parseReport(input.content, "draft");
  if (!parsed.ok) return invalid(parsed.issues);

  // All SQL, in a transaction of the driver's own: Prisma's query compiler takes milliseconds per query and per large text (lib/db/adapter-raw.ts).
  return db.rawTransaction(async (tx): Promise<SaveReportResult> => {
    const [row] = await tx.raw.query<{ year: number }>(`SELECT "year" FROM "Report" WHERE "id" = ?`, input.reportId);
    if (!row) return GONE;
    // The row's year is the report's identity; the content cannot move it to another year.
    const report = { ...parsed.report, header: { ...parsed.report.header, year: row.year } };
    const content = writeContent(report);
    const version = input.baseVersion + 1;
    const columns = storedColumns(report);
    const updated = await updateContent(tx, { reportId: input.reportId, baseVersion: input.baseVersion, version, content, columns, at: history.at });
    if (!updated) {
      const [current] = await tx.raw.query<{ version: number; content: string; updatedAt: Date }>(
        `SELECT "version", "content", "updatedAt" FROM "Report" WHERE "id" = ?`,
        input.reportId,
      );
      if (!current) return GONE;
      return {
        ...refuse("conflict", "他人已保存了新版本"),
        version: current.version,
        report: readContent(current.content).report,
        savedAt: current.updatedAt.toISOString(),
      };
    }
    await writeDerived(tx, input.reportId, report);
    const { savedAt } = await writeRevision(tx, {
      reportId: input.reportId,
      baseVersion: input.baseVersion,
      version,
      content,
      characters: columns.characters,
      authorId: actor?.id ?? null,
      ...history,
    });
    await recordEvent(tx, { ...audit(version), actor, reportId: input.reportId });
    return { ok: true, version, savedAt: savedAt.toISOString() };
  });
}

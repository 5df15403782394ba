import type { Db } from "./client";
import { emptyReport } from "../report/defaults";
import { parseReportJson } from "../report/parse";
import { storedColumns, SUMMARY_VERSION, writeDerived } from "./stored-report";

const BATCH = 200;

/**
 * Derives the list columns, figure rows and search index of every report
 * written before the current derivation (summaryVersion below
 * SUMMARY_VERSION). A migration's SQL cannot do it: only lib/report reads
 * the content's JSON, and it reads it the same way on both databases. So
 * `npm run db:migrate` runs this after `prisma migrate deploy`, before the
 * app starts. Each report is one transaction, conditional on the version it
 * read, so a save that lands meanwhile wins and has derived its own rows.
 * Deriving is not a change: 最后修改 keeps its time.
 * Content that no longer parses is derived as the app shows it: empty.
 */
export async function deriveStoredRows(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.report.findMany({
      where: { summaryVersion: { lt: SUMMARY_VERSION } },
      select: { id: true, content: true, version: true, updatedAt: true },
      take: BATCH,
    });
    if (rows.length === 0) return done;
    for (const row of rows) {
      const parsed = parseReportJson(row.content, "draft");
      const report = parsed.ok ? parsed.report : emptyReport();
      await db.transaction(async (tx) => {
        const { count } = await tx.report.updateMany({ where: { id: row.id, version: row.version }, data: { ...storedColumns(report), updatedAt: row.updatedAt } });
        if (count === 1) await writeDerived(tx, row.id, report);
      });
      done += 1;
    }
  }
}

import type { RawTx } from "./client";
import { FIGURE_ENTRIES, storedFigure } from "../report/figures";
import { exactNumber, type FigureValue } from "../report/figure-value";
import { reportCharacters } from "../report/outline";
import { parseReport } from "../report/parse";
import { partFilled, type Report } from "../report/schema";
import { indexReport } from "./search-index";
import { searchDocument } from "./search-places";

/**
 * Not server-only: the seed and the benchmark write reports through it too.
 * Raise when the derivation below changes: `npm run db:migrate` then derives
 * every row written by an older one again (prisma/derive-stored.ts).
 */
export const SUMMARY_VERSION = 3;

/** The Report columns lists read instead of the content. */
export interface StoredColumns {
  title: string;
  characters: number;
  finalIssues: number;
  filledParts: number;
  partCount: number;
  summaryVersion: number;
}

export interface FigureRow {
  figureId: string;
  value: string;
  exact: number | null;
}

export function storedColumns(report: Report): StoredColumns {
  const final = parseReport(report, "final");
  return {
    title: report.header.title,
    characters: reportCharacters(report),
    finalIssues: final.ok ? 0 : final.issues.length,
    filledParts: report.parts.filter(partFilled).length,
    partCount: report.parts.length,
    summaryVersion: SUMMARY_VERSION,
  };
}

/**
 * The content, its version and its list columns, written only if the row is
 * still at `baseVersion` (the version check of every save): false when
 * another save came first. Raw SQL, as the save path's other writes.
 */
export async function updateContent(
  tx: RawTx,
  w: { reportId: string; baseVersion: number; version: number; content: string; columns: StoredColumns; at: Date },
): Promise<boolean> {
  const columns = Object.entries(w.columns);
  const count = await tx.raw.execute(
    `UPDATE "Report" SET "content" = ?, "version" = ?, "updatedAt" = ?, ${columns.map(([name]) => `"${name}" = ?`).join(", ")} WHERE "id" = ? AND "version" = ?`,
    w.content,
    w.version,
    w.at,
    ...columns.map(([, value]) => value),
    w.reportId,
    w.baseVersion,
  );
  return count === 1;
}

const row = (figureId: string, value: FigureValue, unit?: string): FigureRow => ({ figureId, value: String(value), exact: exactNumber(value, unit) });

/** Every figure the report states, the catalogue's and the custom ones; unstated figures have no row. */
export function figureRows(report: Report): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const entry of FIGURE_ENTRIES) {
    const value = storedFigure(report.figures, entry.id);
    if (value !== null) rows.push(row(entry.id, value, entry.def.unit));
  }
  for (const [id, value] of Object.entries(report.customFigures)) if (value !== null) rows.push(row(id, value));
  return rows;
}

/** What search reads: the report as printed, figure references resolved. */
export function searchText(report: Report): string {
  return searchDocument(report).text;
}

/**
 * Writes what is derived from the content beside it — the figure rows and
 * the search index — in the caller's transaction, the one that writes the
 * content and storedColumns(report). Every write of content calls both.
 */
export async function writeDerived(tx: RawTx, reportId: string, report: Report): Promise<void> {
  await writeFigureRows(tx, reportId, figureRows(report));
  await indexReport(tx, reportId, searchDocument(report));
}

/**
 * Rewrites only the rows that differ: an autosave of a sentence changes no
 * figure, and then costs one read (raw SQL, lib/db/adapter-raw.ts: the save
 * path stays off Prisma's per-query compiler).
 */
async function writeFigureRows(tx: RawTx, reportId: string, rows: readonly FigureRow[]): Promise<void> {
  const stored = new Map(
    (await tx.raw.query<FigureRow>(`SELECT "figureId", "value", "exact" FROM "ReportFigure" WHERE "reportId" = ?`, reportId)).map((r) => [r.figureId, r]),
  );
  const wanted = new Set(rows.map((r) => r.figureId));
  const changed = rows.filter((r) => {
    const old = stored.get(r.figureId);
    return !old || old.value !== r.value || old.exact !== r.exact;
  });
  const rewritten = new Set(changed.map((r) => r.figureId));
  const gone = [...stored.keys()].filter((id) => !wanted.has(id) || rewritten.has(id));
  if (gone.length > 0) await tx.raw.execute(`DELETE FROM "ReportFigure" WHERE "reportId" = ? AND "figureId" IN (${gone.map(() => "?").join(", ")})`, reportId, ...gone);
  if (changed.length > 0) {
    await tx.raw.execute(
      `INSERT INTO "ReportFigure" ("reportId", "figureId", "value", "exact") VALUES ${changed.map(() => "(?, ?, ?, ?)").join(", ")}`,
      ...changed.flatMap((f) => [reportId, f.figureId, f.value, f.exact]),
    );
  }
}

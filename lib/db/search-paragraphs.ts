import type { RawTx } from "./client";
import { textGrams } from "./search-grams";

/**
 * SQLite's full-text index, by paragraph. Each paragraph (line) of a
 * report's printed text is a row of "ReportParagraph", and its id is the
 * rowid of its entries in the trigram table (queries of 3+ characters) and
 * the gram table (1–2 characters). An autosave changes a paragraph or two:
 * indexing the whole report on every save cost some 8 ms of its 12 (FTS5
 * tokenises and writes every trigram of 7,000 characters, then merges its
 * segments), where re-indexing what changed costs a fraction of one.
 * No query spans two paragraphs either way: a query never holds a line break.
 * Deleting a row takes its entries out of both tables (a trigger, migration
 * 20261218200000_search_paragraphs).
 */

/** The gram table keys 1- and 2-character queries; longer ones go to the trigram table. */
export const SQLITE_GRAMS = 2;

/** The paragraphs of a report's printed text: its non-empty lines. */
export const paragraphsOf = (text: string) => text.split("\n").filter((p) => p.length > 0);
const rows = (n: number, row: string) => Array.from({ length: n }, () => row).join(", ");
/** SQLite binds at most 32,766 values a statement; a bulk load's paragraphs go in slices. */
const SLICE = 4000;

/** Brings a report's paragraph rows to `text`: rows of paragraphs it no longer has go, new paragraphs come. */
export async function indexParagraphs(tx: RawTx, reportId: string, text: string): Promise<void> {
  const stored = await tx.raw.query<{ id: number; text: string }>(`SELECT "id", "text" FROM "ReportParagraph" WHERE "reportId" = ?`, reportId);
  // A paragraph may stand twice (两个 "无。"): count them.
  const missing = new Map<string, number>();
  for (const p of paragraphsOf(text)) missing.set(p, (missing.get(p) ?? 0) + 1);
  const gone: number[] = [];
  for (const row of stored) {
    const wanted = missing.get(row.text) ?? 0;
    if (wanted > 0) missing.set(row.text, wanted - 1);
    else gone.push(row.id);
  }
  for (let i = 0; i < gone.length; i += SLICE) {
    const slice = gone.slice(i, i + SLICE);
    await tx.raw.execute(`DELETE FROM "ReportParagraph" WHERE "id" IN (${rows(slice.length, "?")})`, ...slice);
  }
  const added = [...missing].flatMap(([p, n]) => Array.from({ length: n }, () => ({ reportId, text: p })));
  await insertParagraphs(tx, added, (p) => textGrams(p, SQLITE_GRAMS).join(" "));
}

/** New paragraph rows and their index entries; `grams` gives a paragraph's gram tokens (a bulk load caches them). */
export async function insertParagraphs(tx: RawTx, paragraphs: readonly { reportId: string; text: string }[], grams: (paragraph: string) => string): Promise<void> {
  for (let i = 0; i < paragraphs.length; i += SLICE) {
    const slice = paragraphs.slice(i, i + SLICE);
    // RETURNING's order is not promised: each id comes back with its text.
    const ids = await tx.raw.query<{ id: number; text: string }>(
      `INSERT INTO "ReportParagraph" ("reportId", "text") VALUES ${rows(slice.length, "(?, ?)")} RETURNING "id", "text"`,
      ...slice.flatMap((p) => [p.reportId, p.text]),
    );
    await tx.raw.execute(`INSERT INTO "ReportTextFts"(rowid, "text") VALUES ${rows(ids.length, "(?, ?)")}`, ...ids.flatMap((p) => [p.id, p.text]));
    await tx.raw.execute(`INSERT INTO "ReportGramFts"(rowid, "grams") VALUES ${rows(ids.length, "(?, ?)")}`, ...ids.flatMap((p) => [p.id, grams(p.text)]));
  }
}

/** The reports whose paragraphs match an FTS5 query in `table`, as SQL for `r."id" IN (…)`. */
export const matchingReportsSql = (table: "ReportTextFts" | "ReportGramFts") =>
  `SELECT p."reportId" FROM "ReportParagraph" p WHERE p."id" IN (SELECT rowid FROM "${table}" WHERE "${table}" MATCH ?)`;

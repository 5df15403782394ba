import type { RawTx } from "./client";
import type { DatabaseKind } from "./config";
import { textGrams } from "./search-grams";
import { intArrayLiteral, unitGrams } from "./search-unit-grams";

/**
 * The full-text index, by paragraph, on both databases. Each paragraph
 * (line) of a report's printed text is a row of "ReportParagraph" with its
 * index keys. An autosave changes a paragraph or two, and re-indexing what
 * changed costs a fraction of indexing the whole report:
 * - SQLite: the row's id is the rowid of its entries in the trigram FTS5
 *   table (queries of 3+ characters) and the gram table (1–2 characters).
 *   Indexing a whole report cost some 8 ms of a 12 ms save.
 * - PostgreSQL: the row holds its keys as a GIN-indexed int[]
 *   (search-unit-grams.ts). A report's ~4,700 keys in one array were
 *   re-inserted into GIN whole on every save that changed a word: p95 86 ms
 *   at 10,000 reports, and the database grew by 60% in a year of autosaves.
 * No query spans two paragraphs either way: a query never holds a line
 * break. Deleting a row takes its entries with it (SQLite: a trigger,
 * migration 20261218200000_search_paragraphs; PostgreSQL: the row is its
 * entries).
 */

/** SQLite's gram table keys 1- and 2-character queries; longer ones go to the trigram table. */
export const SQLITE_GRAMS = 2;

/** A paragraph's index keys as its database stores them: gram tokens for SQLite's FTS5, an int[] literal for PostgreSQL. */
export const paragraphKeys = (kind: DatabaseKind, paragraph: string): string =>
  kind === "sqlite" ? textGrams(paragraph, SQLITE_GRAMS).join(" ") : intArrayLiteral(unitGrams(paragraph));

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
  await insertParagraphs(tx, added, (p) => paragraphKeys(tx.raw.kind, p));
}

/** New paragraph rows and their index entries; `keys` gives a paragraph's keys (paragraphKeys; a bulk load caches them). */
export async function insertParagraphs(tx: RawTx, paragraphs: readonly { reportId: string; text: string }[], keys: (paragraph: string) => string): Promise<void> {
  for (let i = 0; i < paragraphs.length; i += SLICE) {
    const slice = paragraphs.slice(i, i + SLICE);
    if (tx.raw.kind === "postgres") {
      await tx.raw.execute(
        `INSERT INTO "ReportParagraph" ("reportId", "text", "grams") VALUES ${rows(slice.length, "(?, ?, ?::int[])")}`,
        ...slice.flatMap((p) => [p.reportId, p.text, keys(p.text)]),
      );
      continue;
    }
    // RETURNING's order is not promised: each id comes back with its text.
    const ids = await tx.raw.query<{ id: number; text: string }>(
      `INSERT INTO "ReportParagraph" ("reportId", "text") VALUES ${rows(slice.length, "(?, ?)")} RETURNING "id", "text"`,
      ...slice.flatMap((p) => [p.reportId, p.text]),
    );
    await tx.raw.execute(`INSERT INTO "ReportTextFts"(rowid, "text") VALUES ${rows(ids.length, "(?, ?)")}`, ...ids.flatMap((p) => [p.id, p.text]));
    await tx.raw.execute(`INSERT INTO "ReportGramFts"(rowid, "grams") VALUES ${rows(ids.length, "(?, ?)")}`, ...ids.flatMap((p) => [p.id, keys(p.text)]));
  }
}

/** The reports with a paragraph whose SQLite FTS5 table `table` matches a query, as SQL for `r."id" IN (…)`. */
export const sqliteMatchingReportsSql = (table: "ReportTextFts" | "ReportGramFts") =>
  `SELECT p."reportId" FROM "ReportParagraph" p WHERE p."id" IN (SELECT rowid FROM "${table}" WHERE "${table}" MATCH ?)`;

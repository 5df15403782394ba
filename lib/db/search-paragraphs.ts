import { createHash } from "node:crypto";
import type { RawTx } from "./client";
import type { DatabaseKind } from "./config";
import { textGrams } from "./search-grams";
import { intArrayLiteral, unitGrams } from "./search-unit-grams";

/**
 * The full-text index, by paragraph, on both databases: a save re-indexes
 * the paragraphs it changed, where indexing the whole report cost most of
 * a save's budget. No query spans two paragraphs: a query never holds a
 * line break. Deleting a row takes its entries with it.
 *
 * SQLite: each paragraph (line) of a report's printed text is a row of
 * "ReportParagraph", its id the rowid of its entries in the trigram FTS5
 * table (queries of 3+ characters) and the gram table (1–2 characters),
 * which a trigger empties with it (migration 20261218200000).
 *
 * PostgreSQL: a row of "ReportChunk" holds the keys of a run of a few
 * paragraphs as a GIN-indexed int[] (search-unit-grams.ts). Why runs: a
 * report's 4,700 keys in one array were inserted into GIN whole again on
 * every save that changed a word (save p95 86 ms at 10,000 reports); a row
 * for each paragraph made saves cheap (p95 32 ms) but a common word slow:
 * 信访 is in 40,000 paragraphs, on 31,000 pages of a table whose rows (1.4
 * KB, text and keys inline) PostgreSQL reads to learn their report (170–260
 * ms). A run's keys are over 2 KB, so PostgreSQL stores them out of line
 * (migration 20261218300000) and the rows the index points at fit in 12 MB
 * for 10,000 reports: 信访 in 8–16 ms. A row tells its run by a digest: the
 * text itself, a second copy of ReportSearch's, took 300 MB.
 */

/** SQLite's gram table keys 1- and 2-character queries; longer ones go to the trigram table. */
export const SQLITE_GRAMS = 2;

/** The table whose rows are indexed. */
const indexTable = (kind: DatabaseKind) => (kind === "sqlite" ? "ReportParagraph" : "ReportChunk");

/** The paragraphs of a report's printed text: its non-empty lines. */
export const paragraphsOf = (text: string) => text.split("\n").filter((p) => p.length > 0);

/** A run ends at a paragraph whose hash is even once it holds this many characters: 550 keys or more, over 2 KB. */
const MIN_CHUNK = 450;

/** FNV-1a over UTF-16 units: where runs end depends on their paragraphs' text alone. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * PostgreSQL's rows: runs of paragraphs, joined by line breaks. Where a run
 * ends is decided by the paragraphs' own text (content-defined), so an
 * edit changes its own run and seldom the next: the runs after it end
 * where they ended before.
 */
export function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let run: string[] = [];
  let length = 0;
  for (const p of paragraphsOf(text)) {
    run.push(p);
    length += p.length;
    if (length >= MIN_CHUNK && hash(p) % 2 === 0) {
      chunks.push(run.join("\n"));
      run = [];
      length = 0;
    }
  }
  if (run.length > 0) chunks.push(run.join("\n"));
  return chunks;
}

/** What the index keeps a row for: paragraphs on SQLite, runs of them on PostgreSQL. */
export const indexedTextsOf = (kind: DatabaseKind, text: string) => (kind === "sqlite" ? paragraphsOf(text) : chunksOf(text));

/** What tells a stored row's text: the paragraph itself on SQLite, the run's digest on PostgreSQL. */
export const textId = (kind: DatabaseKind, text: string) => (kind === "sqlite" ? text : createHash("sha256").update(text).digest("base64"));
const TEXT_ID_COLUMN = { sqlite: "text", postgres: "digest" } as const;

/** The text ids of the rows that index `text`, as stored: what the rows of a report in step with its text hold. */
export const indexedTextIdsOf = (kind: DatabaseKind, text: string) => indexedTextsOf(kind, text).map((t) => textId(kind, t));

/** A report's stored index rows: their ids, and their text ids. */
export const storedIndexRows = (tx: RawTx, reportId: string) =>
  tx.raw.query<{ id: number; textId: string }>(
    `SELECT "id", "${TEXT_ID_COLUMN[tx.raw.kind]}" AS "textId" FROM "${indexTable(tx.raw.kind)}" WHERE "reportId" = ?`,
    reportId,
  );

/** A row's index keys as its database stores them: gram tokens for SQLite's FTS5, an int[] literal for PostgreSQL. */
export const indexKeys = (kind: DatabaseKind, text: string): string =>
  kind === "sqlite" ? textGrams(text, SQLITE_GRAMS).join(" ") : intArrayLiteral(unitGrams(text));

const rows = (n: number, row: string) => Array.from({ length: n }, () => row).join(", ");
/** SQLite binds at most 32,766 values a statement; a bulk load's rows go in slices. */
const SLICE = 4000;

/** Brings a report's index rows to `text`: rows of texts it no longer has go, new ones come. */
export async function indexText(tx: RawTx, reportId: string, text: string): Promise<void> {
  const { kind } = tx.raw;
  const stored = await storedIndexRows(tx, reportId);
  // A paragraph may stand twice (两个 "无。"): count them.
  const missing = new Map<string, { text: string; n: number }>();
  for (const t of indexedTextsOf(kind, text)) {
    const id = textId(kind, t);
    missing.set(id, { text: t, n: (missing.get(id)?.n ?? 0) + 1 });
  }
  const gone: number[] = [];
  for (const row of stored) {
    const wanted = missing.get(row.textId);
    if (wanted && wanted.n > 0) wanted.n--;
    else gone.push(row.id);
  }
  for (let i = 0; i < gone.length; i += SLICE) {
    const slice = gone.slice(i, i + SLICE);
    await tx.raw.execute(`DELETE FROM "${indexTable(kind)}" WHERE "id" IN (${rows(slice.length, "?")})`, ...slice);
  }
  const added = [...missing.values()].flatMap(({ text: t, n }) => Array.from({ length: n }, () => ({ reportId, text: t })));
  await insertIndexRows(tx, added, (p) => indexKeys(tx.raw.kind, p));
}

/** New index rows and their entries; `keys` gives a row's keys (indexKeys; a bulk load caches them). */
export async function insertIndexRows(tx: RawTx, texts: readonly { reportId: string; text: string }[], keys: (text: string) => string): Promise<void> {
  for (let i = 0; i < texts.length; i += SLICE) {
    const slice = texts.slice(i, i + SLICE);
    if (tx.raw.kind === "postgres") {
      await tx.raw.execute(
        `INSERT INTO "ReportChunk" ("reportId", "digest", "grams") VALUES ${rows(slice.length, "(?, ?, ?::int[])")}`,
        ...slice.flatMap((p) => [p.reportId, textId("postgres", p.text), keys(p.text)]),
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

import type { Tx } from "./client";
import { textGrams } from "./search-grams";
import { intArrayLiteral, unitGrams } from "./search-unit-grams";
import type { Place } from "./search-places";

/**
 * SQLite's trigram FTS5 table answers queries of three characters and more
 * exactly from its index; one- and two-character ones (信访, 复议) go to the
 * gram table. PostgreSQL keeps code units and their pairs as an int[]
 * (search-unit-grams.ts).
 */
export const SQLITE_GRAMS = 2;

/** The PostgreSQL index keys of a text, as the `?::int[]` parameter that stores them. */
export const postgresGrams = (text: string): string => intArrayLiteral(unitGrams(text));

/**
 * Writes a report's printed text, its paragraphs' places and its full-text
 * index entries, inside the transaction that writes the content. A text that
 * did not change (a save of the figures alone, a restore of the same words)
 * leaves the index alone.
 */
export async function indexReport(tx: Tx, reportId: string, doc: { text: string; places: Place[] }): Promise<void> {
  const { text } = doc;
  const places = JSON.stringify(doc.places);
  const existing = await tx.reportSearch.findUnique({ where: { reportId }, select: { id: true, text: true, places: true } });
  if (existing?.text === text && existing.places === places) return;
  if (existing?.text === text) {
    await tx.reportSearch.update({ where: { reportId }, data: { places }, select: { id: true } });
    return;
  }
  const row = existing
    ? await tx.reportSearch.update({ where: { reportId }, data: { text, places }, select: { id: true } })
    : await tx.reportSearch.create({ data: { reportId, text, places }, select: { id: true } });
  if (tx.raw.kind === "sqlite") {
    await tx.raw.execute(`DELETE FROM "ReportTextFts" WHERE rowid = ?`, row.id);
    await tx.raw.execute(`DELETE FROM "ReportGramFts" WHERE rowid = ?`, row.id);
    await tx.raw.execute(`INSERT INTO "ReportTextFts"(rowid, "text") VALUES (?, ?)`, row.id, text);
    await tx.raw.execute(`INSERT INTO "ReportGramFts"(rowid, "grams") VALUES (?, ?)`, row.id, textGrams(text, SQLITE_GRAMS).join(" "));
  } else {
    await tx.raw.execute(`UPDATE "ReportSearch" SET "grams" = ?::int[] WHERE "id" = ?`, postgresGrams(text), row.id);
  }
}

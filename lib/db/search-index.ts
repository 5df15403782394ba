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
 * leaves the index alone. Raw statements rather than the model: Prisma spent
 * some 10 ms moving a report's text through an update, most of a save's
 * budget.
 */
export async function indexReport(tx: Tx, reportId: string, doc: { text: string; places: Place[] }): Promise<void> {
  const { text } = doc;
  const places = JSON.stringify(doc.places);
  const [existing] = await tx.raw.query<{ id: number | bigint; text: string; places: string }>(
    `SELECT "id", "text", "places" FROM "ReportSearch" WHERE "reportId" = ?`,
    reportId,
  );
  if (existing?.text === text && existing.places === places) return;
  if (existing?.text === text) {
    await tx.raw.execute(`UPDATE "ReportSearch" SET "places" = ? WHERE "id" = ?`, places, existing.id);
    return;
  }
  if (tx.raw.kind === "postgres") {
    // One statement writes the row and its keys.
    const keys = postgresGrams(text);
    if (existing) await tx.raw.execute(`UPDATE "ReportSearch" SET "text" = ?, "places" = ?, "grams" = ?::int[] WHERE "id" = ?`, text, places, keys, existing.id);
    else await tx.raw.execute(`INSERT INTO "ReportSearch" ("reportId", "text", "places", "grams") VALUES (?, ?, ?, ?::int[])`, reportId, text, places, keys);
    return;
  }
  let id = existing ? Number(existing.id) : 0;
  if (existing) {
    await tx.raw.execute(`UPDATE "ReportSearch" SET "text" = ?, "places" = ? WHERE "id" = ?`, text, places, id);
    await tx.raw.execute(`DELETE FROM "ReportTextFts" WHERE rowid = ?`, id);
    await tx.raw.execute(`DELETE FROM "ReportGramFts" WHERE rowid = ?`, id);
  } else {
    const [row] = await tx.raw.query<{ id: number | bigint }>(`INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES (?, ?, ?) RETURNING "id"`, reportId, text, places);
    id = Number(row?.id);
  }
  await tx.raw.execute(`INSERT INTO "ReportTextFts"(rowid, "text") VALUES (?, ?)`, id, text);
  await tx.raw.execute(`INSERT INTO "ReportGramFts"(rowid, "grams") VALUES (?, ?)`, id, textGrams(text, SQLITE_GRAMS).join(" "));
}

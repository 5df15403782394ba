import type { Tx } from "./client";
import { textGrams } from "./search-grams";
import type { Place } from "./search-places";
import { indexParagraphs, SQLITE_GRAMS } from "./search-paragraphs";

/**
 * SQLite's trigram FTS5 table answers queries of three characters and more
 * exactly from its index; two-character ones (信访, 复议) go to the gram
 * table. PostgreSQL keeps grams of up to three characters in one tsvector.
 */
export { SQLITE_GRAMS };
export const POSTGRES_GRAMS = 3;

/**
 * Writes a report's printed text, its paragraphs' places and its full-text
 * index entries, inside the transaction that writes the content. A text that
 * did not change (a save of the figures alone, a restore of the same words)
 * leaves the index alone.
 */
export async function indexReport(tx: Tx, reportId: string, doc: { text: string; places: Place[] }): Promise<void> {
  const { text } = doc;
  const places = JSON.stringify(doc.places);
  // SQLite indexes paragraphs, each only when it changed; run before the shortcut below, so a
  // database migrated to paragraph rows gets them from db:migrate even where the text is as stored.
  if (tx.raw.kind === "sqlite") await indexParagraphs(tx, reportId, text);
  // Raw SQL: the text is the whole report, which Prisma's query compiler takes milliseconds to pass (adapter-raw.ts).
  const [existing] = await tx.raw.query<{ id: number; text: string; places: string }>(`SELECT "id", "text", "places" FROM "ReportSearch" WHERE "reportId" = ?`, reportId);
  if (existing?.text === text && existing.places === places) return;
  if (existing?.text === text) {
    await tx.raw.execute(`UPDATE "ReportSearch" SET "places" = ? WHERE "id" = ?`, places, existing.id);
    return;
  }
  const row = existing ?? (await tx.raw.query<{ id: number }>(`INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES (?, ?, ?) RETURNING "id"`, reportId, text, places))[0];
  if (!row) throw new Error(`ReportSearch row of ${reportId} not written`);
  if (existing) await tx.raw.execute(`UPDATE "ReportSearch" SET "text" = ?, "places" = ? WHERE "id" = ?`, text, places, existing.id);
  if (tx.raw.kind === "postgres") {
    await tx.raw.execute(`UPDATE "ReportSearch" SET "grams" = strip(to_tsvector('simple', ?)) WHERE "id" = ?`, textGrams(text, POSTGRES_GRAMS).join(" "), row.id);
  }
}

import type { RawTx } from "./client";
import { intArrayLiteral, unitGrams } from "./search-unit-grams";
import type { Place } from "./search-places";
import { indexParagraphs, SQLITE_GRAMS } from "./search-paragraphs";

/**
 * SQLite's trigram FTS5 table answers queries of three characters and more
 * exactly from its index; one- and two-character ones (信访, 复议) go to the
 * gram table; both by paragraph (search-paragraphs.ts). PostgreSQL keeps
 * code units and their pairs as an int[] (search-unit-grams.ts).
 */
export { SQLITE_GRAMS };

/** The PostgreSQL index keys of a text, as the `?::int[]` parameter that stores them. */
export const postgresGrams = (text: string): string => intArrayLiteral(unitGrams(text));

/**
 * Writes a report's printed text, its paragraphs' places and its full-text
 * index entries, inside the transaction that writes the content. A text that
 * did not change (a save of the figures alone, a restore of the same words)
 * leaves the index alone (on PostgreSQL the row is left as it is; the keys
 * are computed anyway, 1–2 ms). Raw statements rather than the model:
 * Prisma spent some 10 ms moving a report's text through an update, most of
 * a save's budget.
 */
export async function indexReport(tx: RawTx, reportId: string, doc: { text: string; places: Place[] }): Promise<void> {
  const { text } = doc;
  const places = JSON.stringify(doc.places);
  if (tx.raw.kind === "postgres") {
    // One statement, and the stored text never comes back to compare (reading it cost more than the keys).
    await tx.raw.execute(
      `INSERT INTO "ReportSearch" ("reportId", "text", "places", "grams") VALUES (?, ?, ?, ?::int[])
       ON CONFLICT ("reportId") DO UPDATE SET "text" = excluded."text", "places" = excluded."places", "grams" = excluded."grams"
       WHERE "ReportSearch"."text" IS DISTINCT FROM excluded."text" OR "ReportSearch"."places" IS DISTINCT FROM excluded."places"`,
      reportId,
      text,
      places,
      postgresGrams(text),
    );
    return;
  }
  // SQLite indexes paragraphs, each only when it changed (search-paragraphs.ts); before the shortcut
  // below, so a database migrated to paragraph rows gets them from db:migrate where the text is as stored.
  await indexParagraphs(tx, reportId, text);
  const [existing] = await tx.raw.query<{ text: string; places: string }>(`SELECT "text", "places" FROM "ReportSearch" WHERE "reportId" = ?`, reportId);
  if (existing?.text === text && existing.places === places) return;
  if (existing) await tx.raw.execute(`UPDATE "ReportSearch" SET "text" = ?, "places" = ? WHERE "reportId" = ?`, text, places, reportId);
  else await tx.raw.execute(`INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES (?, ?, ?)`, reportId, text, places);
}

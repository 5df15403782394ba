import type { RawTx } from "./client";
import type { Place } from "./search-places";
import { indexText } from "./search-paragraphs";

/**
 * Writes a report's printed text, its paragraphs' places and its full-text
 * index rows (by paragraph, search-paragraphs.ts), inside the
 * transaction that writes the content. A text that did not change (a save
 * of the figures alone, a restore of the same words) leaves the search row
 * alone. Raw statements rather than the model: Prisma spent some 10 ms
 * moving a report's text through an update, most of a save's budget.
 */
export async function indexReport(tx: RawTx, reportId: string, doc: { text: string; places: Place[] }): Promise<void> {
  const { text } = doc;
  const places = JSON.stringify(doc.places);
  // The index rows first, each only when its text changed, and before the shortcut below: a database
  // migrated to new index rows gets them from db:migrate where the text is as stored.
  await indexText(tx, reportId, text);
  if (tx.raw.kind === "postgres") {
    // One statement, and the stored text never comes back to compare (reading it cost more than it saves).
    await tx.raw.execute(
      `INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES (?, ?, ?)
       ON CONFLICT ("reportId") DO UPDATE SET "text" = excluded."text", "places" = excluded."places"
       WHERE "ReportSearch"."text" IS DISTINCT FROM excluded."text" OR "ReportSearch"."places" IS DISTINCT FROM excluded."places"`,
      reportId,
      text,
      places,
    );
    return;
  }
  const [existing] = await tx.raw.query<{ text: string; places: string }>(`SELECT "text", "places" FROM "ReportSearch" WHERE "reportId" = ?`, reportId);
  if (existing?.text === text && existing.places === places) return;
  if (existing) await tx.raw.execute(`UPDATE "ReportSearch" SET "text" = ?, "places" = ? WHERE "reportId" = ?`, text, places, reportId);
  else await tx.raw.execute(`INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES (?, ?, ?)`, reportId, text, places);
}

import type { Tx } from "./client";
import type { Report } from "../report/schema";
import { postgresGrams, SQLITE_GRAMS } from "./search-index";
import { textGrams } from "./search-grams";
import { insertParagraphs, paragraphsOf } from "./search-paragraphs";
import { searchDocument } from "./search-places";
import { figureRows } from "./stored-report";

/**
 * SQLite indexes paragraph by paragraph (search-paragraphs.ts), so a
 * paragraph many reports share (the same measures text in every year) is
 * split into grams once. Bounded, as it lives as long as one bulk load.
 * (PostgreSQL's integer keys are cheap enough to compute per report.)
 */
export class GramCache {
  private readonly paragraphs = new Map<string, string>();
  constructor(private readonly maxLength: number) {}
  grams(paragraph: string): string {
    let grams = this.paragraphs.get(paragraph);
    if (grams === undefined) {
      grams = textGrams(paragraph, this.maxLength).join(" ");
      if (this.paragraphs.size > 50_000) this.paragraphs.clear();
      this.paragraphs.set(paragraph, grams);
    }
    return grams;
  }
}

export const gramCacheFor = () => new GramCache(SQLITE_GRAMS);

const values = (rows: number, columns: string) => Array.from({ length: rows }, () => columns).join(", ");

/**
 * writeDerived for many new reports at once (a bulk load: the scale
 * benchmark's seed), with the same rows as a save writes — figure rows,
 * search text and places, the full-text entries — in a few multi-row
 * statements instead of a handful per report. The reports must exist and
 * have nothing derived yet.
 */
export async function writeDerivedMany(tx: Tx, reports: readonly { id: string; report: Report }[], cache: GramCache): Promise<void> {
  if (reports.length === 0) return;
  const figures = reports.flatMap((r) => figureRows(r.report).map((f) => ({ ...f, reportId: r.id })));
  if (figures.length > 0) await tx.reportFigure.createMany({ data: figures });
  const docs = reports.map((r) => ({ id: r.id, ...searchDocument(r.report) }));
  if (tx.raw.kind === "postgres") {
    await tx.raw.execute(
      `INSERT INTO "ReportSearch" ("reportId", "text", "places", "grams") VALUES ${values(docs.length, "(?, ?, ?, ?::int[])")}`,
      ...docs.flatMap((d) => [d.id, d.text, JSON.stringify(d.places), postgresGrams(d.text)]),
    );
    return;
  }
  await tx.raw.execute(
    `INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES ${values(docs.length, "(?, ?, ?)")}`,
    ...docs.flatMap((d) => [d.id, d.text, JSON.stringify(d.places)]),
  );
  await insertParagraphs(
    tx,
    docs.flatMap((d) => paragraphsOf(d.text).map((text) => ({ reportId: d.id, text }))),
    (paragraph) => cache.grams(paragraph),
  );
}

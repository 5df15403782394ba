import type { Tx } from "./client";
import type { DatabaseKind } from "./config";
import type { Report } from "../report/schema";
import { insertParagraphs, paragraphKeys, paragraphsOf } from "./search-paragraphs";
import { searchDocument } from "./search-places";
import { figureRows } from "./stored-report";

/**
 * The index keys of paragraphs, each computed once: a paragraph many reports
 * share (the same measures text in every year) is keyed once per bulk load.
 * Bounded, as it lives as long as one bulk load.
 */
export class KeyCache {
  private readonly paragraphs = new Map<string, string>();
  constructor(private readonly kind: DatabaseKind) {}
  keys(paragraph: string): string {
    let keys = this.paragraphs.get(paragraph);
    if (keys === undefined) {
      keys = paragraphKeys(this.kind, paragraph);
      if (this.paragraphs.size > 50_000) this.paragraphs.clear();
      this.paragraphs.set(paragraph, keys);
    }
    return keys;
  }
}

const values = (rows: number, columns: string) => Array.from({ length: rows }, () => columns).join(", ");

/**
 * writeDerived for many new reports at once (a bulk load: the scale
 * benchmark's seed), with the same rows as a save writes — figure rows,
 * search text and places, the paragraphs and their index entries — in a few
 * multi-row statements instead of a handful per report. The reports must
 * exist and have nothing derived yet.
 */
export async function writeDerivedMany(tx: Tx, reports: readonly { id: string; report: Report }[], cache: KeyCache): Promise<void> {
  if (reports.length === 0) return;
  const figures = reports.flatMap((r) => figureRows(r.report).map((f) => ({ ...f, reportId: r.id })));
  if (figures.length > 0) await tx.reportFigure.createMany({ data: figures });
  const docs = reports.map((r) => ({ id: r.id, ...searchDocument(r.report) }));
  await tx.raw.execute(
    `INSERT INTO "ReportSearch" ("reportId", "text", "places") VALUES ${values(docs.length, "(?, ?, ?)")}`,
    ...docs.flatMap((d) => [d.id, d.text, JSON.stringify(d.places)]),
  );
  await insertParagraphs(
    tx,
    docs.flatMap((d) => paragraphsOf(d.text).map((text) => ({ reportId: d.id, text }))),
    (paragraph) => cache.keys(paragraph),
  );
}

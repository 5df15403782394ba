import type { Tx } from "./client";
import type { DatabaseKind } from "./config";
import type { Report } from "../report/schema";
import { indexedTextsOf, indexKeys, insertIndexRows } from "./search-paragraphs";
import { searchDocument } from "./search-places";
import { figureRows } from "./stored-report";

/**
 * The keys of index rows, each computed once: a paragraph (or run) many
 * reports share (the same measures text in every year) is keyed once per
 * bulk load. Bounded, as it lives as long as one bulk load.
 */
export class KeyCache {
  private readonly texts = new Map<string, string>();
  constructor(private readonly kind: DatabaseKind) {}
  keys(text: string): string {
    let keys = this.texts.get(text);
    if (keys === undefined) {
      keys = indexKeys(this.kind, text);
      if (this.texts.size > 50_000) this.texts.clear();
      this.texts.set(text, keys);
    }
    return keys;
  }
}

const values = (rows: number, columns: string) => Array.from({ length: rows }, () => columns).join(", ");

/**
 * writeDerived for many new reports at once (a bulk load: the scale
 * benchmark's seed), with the same rows as a save writes — figure rows,
 * search text and places, the full-text index rows — in a few
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
  await insertIndexRows(
    tx,
    docs.flatMap((d) => indexedTextsOf(tx.raw.kind, d.text).map((text) => ({ reportId: d.id, text }))),
    (text) => cache.keys(text),
  );
}

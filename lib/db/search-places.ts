import { reportBlocks } from "../report/blocks";
import { fieldLabel } from "../report/outline";
import type { Report } from "../report/schema";
import { blockText } from "../report/text";

/** A paragraph of the search text: where it starts, the form field it prints, and that place in words (三、（九）事项正文). */
export type Place = [offset: number, path: string, label: string];

/**
 * The report as printed (what search reads and highlights, equal to
 * reportText) and the place of each paragraph in it. Stored together in the
 * transaction of every content write, so a search names each hit's place
 * from these two columns alone, without reading or parsing the content.
 * Paragraphs with no field of their own (the title, the date) have no place.
 */
export function searchDocument(report: Report): { text: string; places: Place[] } {
  const lines: string[] = [];
  const places: Place[] = [];
  let offset = 0;
  for (const block of reportBlocks(report)) {
    const line = blockText(block);
    if ("path" in block) places.push([offset, block.path, fieldLabel(block.path, report)]);
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join("\n"), places };
}

/** The place of the paragraph holding `index` of the text; null before the first place (the title). */
export function placeAt(places: readonly Place[], index: number): Place | null {
  let lo = 0;
  let hi = places.length - 1;
  let found: Place | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const place = places[mid];
    if (place && place[0] <= index) {
      found = place;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Reads the stored places back; anything else (a row derived before they were kept) reads as none. */
export function readPlaces(json: string): Place[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter((p): p is Place => Array.isArray(p) && p.length === 3 && typeof p[0] === "number" && typeof p[1] === "string" && typeof p[2] === "string");
  } catch {
    return [];
  }
}

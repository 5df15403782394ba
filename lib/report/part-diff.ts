import { outlineParts, partForPath } from "./outline";
import { setAt } from "./paths";
import { resolveReferences } from "./references";
import type { Report } from "./schema";
import { textDiff, type DiffPart } from "./text-diff";
import { textFields } from "./walk";

/** One part of the report whose printed text an imported file changes. */
export interface PartDiff {
  /** "header", "preamble", "parts.2", "closing": where the part sits in the report that comes in. */
  key: string;
  /** As the outline names it: 基本信息, 导语, 三、严格规范公正文明执法… */
  label: string;
  changes: DiffPart[];
}

/** Each part's text as it prints (figure references as their values), one field a line, by outline part. */
function printedParts(report: Report): Map<string, { label: string; text: string }> {
  const outline = outlineParts(report).filter((p) => p.kind === "header" || p.kind === "text" || p.kind === "part");
  const out = new Map<string, { label: string; text: string }>();
  for (const field of textFields(report)) {
    const part = partForPath(outline, field.path);
    const key = part?.prefixes[0];
    if (!part || !key) continue;
    const entry = out.get(key) ?? { label: part.label, text: "" };
    entry.text += `${resolveReferences(field.text, report.figures)}\n`;
    out.set(key, entry);
  }
  return out;
}

/**
 * What an imported file (an exported DOCX edited in Word) changes in a
 * report, part by part, compared as printed: a figure reference and the
 * number it prints are the same text. Parts are matched by their place;
 * only parts that differ are listed.
 */
export function partDiffs(current: Report, imported: Report): PartDiff[] {
  const before = printedParts(current);
  const after = printedParts(imported);
  const keys = [...new Set([...after.keys(), ...before.keys()])];
  return keys.flatMap((key) => {
    const [b, a] = [before.get(key), after.get(key)];
    if ((b?.text ?? "") === (a?.text ?? "")) return [];
    return [{ key, label: a?.label ?? b?.label ?? key, changes: textDiff(b?.text ?? "", a?.text ?? "") }];
  });
}

/** The file's text where it says something else; the stored one where it differs only in line breaks and spaces (a title's chosen breaks). */
const changed = (stored: string, incoming: string) => (stored.replace(/\s+/g, "") === incoming.replace(/\s+/g, "") ? stored : incoming);

/**
 * The report an accepted import leaves: the text of the file, on top of
 * what a DOCX does not carry. The figures, the 文号, the 签发人, the 公开
 * and 版记 data and the organization stay as they are; a paragraph the file
 * leaves unchanged keeps its figure references (the file holds only the
 * numbers they print); parts keep their ids where the kind at a place is
 * the same, so comments on them stay attached.
 */
export function mergeImported(current: Report, imported: Report): Report {
  const merged: Report = structuredClone({
    ...imported,
    figures: current.figures,
    customFigures: current.customFigures,
    carriedOver: current.carriedOver,
    header: {
      ...current.header,
      title: changed(current.header.title, imported.header.title),
      addressee: changed(current.header.addressee, imported.header.addressee),
      signatory: changed(current.header.signatory, imported.header.signatory),
      date: imported.header.date || current.header.date,
    },
  });
  merged.parts.forEach((part, i) => {
    const was = current.parts[i];
    if (was && was.kind === part.kind) part.id = was.id;
  });
  const printed = new Map(textFields(current).map((f) => [f.path, f]));
  for (const field of textFields(merged)) {
    const old = printed.get(field.path);
    if (old && old.text !== field.text && resolveReferences(old.text, current.figures) === field.text) setAt(merged, field.path, old.text);
  }
  return merged;
}

import type { CustomFigureDef } from "./custom-figures";
import { formatFigureValue } from "./figure-value";
import { fieldLabel, outlineParts, partForPath, type OutlinePart } from "./outline";
import { leaves, valueAt } from "./paths";
import { resolveReferences } from "./references";
import type { Report } from "./schema";

/** One field of a part as it read before and after ("" where it did not exist or was empty). */
export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

/** An outline entry that differs between two versions of a report. */
export interface PartChange {
  key: string;
  label: string;
  change: "changed" | "added" | "removed";
  fields: FieldChange[];
}

/** What a field prints: a text with its figure references resolved, a figure as written (500余), nothing for null. */
function printed(report: Report, value: unknown): string {
  if (typeof value === "string") return resolveReferences(value, report.figures);
  if (typeof value === "number") return formatFigureValue(value);
  return "";
}

/**
 * The entry's fields keyed by their place inside it, so that a part moved
 * elsewhere in the report is still compared with itself (parts are matched
 * by id through the outline's keys, not by position).
 */
function fieldsOf(report: Report, part: OutlinePart): Map<string, { label: string; text: string }> {
  const out = new Map<string, { label: string; text: string }>();
  part.prefixes.forEach((prefix, n) => {
    const found = leaves(report, prefix);
    const values = found.length > 0 ? found : [{ path: prefix, value: valueAt(report, prefix) }];
    for (const { path, value } of values) {
      // A part's kind is what it is, not what it says.
      if (typeof value === "boolean" || path.endsWith(".kind")) continue;
      out.set(`${n}:${path.slice(prefix.length)}`, { label: fieldLabel(path, report), text: printed(report, value) });
    }
  });
  return out;
}

/**
 * Per outline entry (基本信息, 导语, each part, each figures topic…), what
 * changed from `before` to `after`: what a reviewer reads to see what the
 * drafter changed since the last submission, or how this year's report
 * differs from last year's. Entries without any change are left out.
 */
export function partChanges(before: Report, after: Report, definitions: readonly CustomFigureDef[] = []): PartChange[] {
  const old = new Map(outlineParts(before, definitions).map((p) => [p.key, p]));
  const now = outlineParts(after, definitions);
  const out: PartChange[] = [];
  for (const part of now) {
    if (part.kind === "structure") continue;
    const was = old.get(part.key);
    const a = was ? fieldsOf(before, was) : new Map<string, { label: string; text: string }>();
    const b = fieldsOf(after, part);
    const fields: FieldChange[] = [];
    for (const [key, field] of b) {
      const previous = a.get(key)?.text ?? "";
      if (previous !== field.text) fields.push({ label: field.label, before: previous, after: field.text });
    }
    for (const [key, field] of a) if (!b.has(key) && field.text !== "") fields.push({ label: field.label, before: field.text, after: "" });
    if (!was) out.push({ key: part.key, label: part.label, change: "added", fields });
    else if (fields.length > 0) out.push({ key: part.key, label: part.label, change: "changed", fields });
  }
  const kept = new Set(now.map((p) => p.key));
  for (const [key, part] of old) {
    if (kept.has(key) || part.kind === "structure") continue;
    const fields = [...fieldsOf(before, part).values()].filter((f) => f.text !== "").map((f) => ({ label: f.label, before: f.text, after: "" }));
    out.push({ key, label: part.label, change: "removed", fields });
  }
  return out;
}

/** The outline entries that still hold text carried over from last year and not yet edited or confirmed. */
export function carriedParts(report: Report, definitions: readonly CustomFigureDef[] = []): string[] {
  const parts = outlineParts(report, definitions);
  const keys = new Set(report.carriedOver.map((path) => partForPath(parts, path)?.key));
  return parts.filter((p) => keys.has(p.key)).map((p) => p.label);
}

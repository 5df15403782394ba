import { leaves, isRecord, valueAt } from "./paths";
import { fieldLabel } from "./outline";
import type { Report } from "./schema";
import { formValuesFrom } from "./form-values";

/**
 * What differs between two versions of a report, field by field: what the
 * editor shows when someone else saved in between, so that the drafter sees
 * both texts and decides, instead of one silently replacing the other.
 */
export interface FieldDifference {
  path: string;
  label: string;
  /** null where the field does not exist in that version (a row the other added). */
  mine: string | number | boolean | null;
  theirs: string | number | boolean | null;
  /** Whether theirs can be taken into mine for this field alone (the row exists in both). */
  mergeable: boolean;
}

export function compareReports(mine: Report, theirs: Report): FieldDifference[] {
  const a = new Map(leaves(mine).map((l) => [l.path, l.value]));
  const b = new Map(leaves(theirs).map((l) => [l.path, l.value]));
  const paths = [...a.keys(), ...[...b.keys()].filter((p) => !a.has(p))];
  const out: FieldDifference[] = [];
  for (const path of paths) {
    const x = a.get(path) ?? null;
    const y = b.get(path) ?? null;
    if (x === y || (typeof x === "number" && typeof y === "number" && Number.isNaN(x) && Number.isNaN(y))) continue;
    out.push({ path, label: fieldLabel(path, mine), mine: x, theirs: y, mergeable: a.has(path) && b.has(path) });
  }
  return out;
}

function parentPath(path: string): [string, string] {
  const i = path.lastIndexOf(".");
  return i < 0 ? ["", path] : [path.slice(0, i), path.slice(i + 1)];
}

/**
 * Mine, with the listed fields taken from theirs. Only fields present in both
 * are taken one by one; rows added or removed by either side are kept as in
 * mine (the drafter chooses 采用对方版本 for structural changes).
 */
export function mergeReports(mine: Report, theirs: Report, takeTheirs: readonly string[]): Report {
  const merged = structuredClone(mine);
  for (const path of takeTheirs) {
    const [parent, key] = parentPath(path);
    const container = valueAt(merged, parent);
    const value = valueAt(theirs, path);
    if (value === undefined) continue;
    if (Array.isArray(container) && /^\d+$/.test(key) && Number(key) < container.length) container[Number(key)] = value;
    else if (isRecord(container) && key in container) container[key] = value;
  }
  // Only leaves present in both were replaced, so the result has the report's shape; reading it back
  // re-establishes the type without a cast, keeping any over-long text of mine as it was.
  return formValuesFrom(merged) ?? mine;
}

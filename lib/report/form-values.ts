import { upgradeReport } from "./legacy";
import { setAt, valueAt } from "./paths";
import { draftReportSchema, type Report } from "./schema";
import { issuePath } from "./zod";

/**
 * Form values read back from somewhere the schema did not guard (the
 * browser's local copy, a merge): a report, possibly holding what the form
 * lets a drafter type but the schema refuses — a 100,000-character paste, a
 * reference to no figure, a number out of range. Those values must survive
 * (never lose work), so they are set aside, the rest is parsed as a draft,
 * and they are put back where they were. Anything else malformed → null.
 */
export function formValuesFrom(stored: unknown): Report | null {
  const data = upgradeReport(stored);
  const first = draftReportSchema.safeParse(data);
  if (first.success) return first.data;
  const aside: { path: string; value: string | number }[] = [];
  const blanked = structuredClone(data);
  for (const issue of first.error.issues) {
    const path = issuePath(issue.path);
    const value = valueAt(data, path);
    if (typeof value === "string") {
      aside.push({ path, value });
      setAt(blanked, path, "");
    } else if (typeof value === "number") {
      aside.push({ path, value });
      setAt(blanked, path, null);
    } else return null;
  }
  const second = draftReportSchema.safeParse(blanked);
  if (!second.success) return null;
  // Each value goes back into a slot of its own type: a string into a text, a number into a number-or-null.
  for (const { path, value } of aside) setAt(second.data, path, value);
  return second.data;
}

import { diffChars, diffLines } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * Differences between two plain-text renderings of the report: paragraph by
 * paragraph first (cheap on a whole report), then character by character
 * inside a paragraph that was changed rather than added or removed, which is
 * what makes a one-character edit in Chinese prose visible.
 */
export function textDiff(before: string, after: string): DiffPart[] {
  const out: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i++) {
    const part = lines[i];
    if (!part) continue;
    const next = lines[i + 1];
    if (part.removed && next?.added) {
      for (const c of diffChars(part.value, next.value)) out.push({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value });
      i++;
    } else out.push({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value });
  }
  return out;
}

/** A run of the diff: unchanged text, or one change (what was removed and what was added in its place). */
export type DiffRun = { kind: "same"; text: string } | { kind: "change"; parts: DiffPart[] };

/**
 * Groups the diff into unchanged text and changes, so that 上一处/下一处 step
 * from one change to the next: a removal followed by its replacement is one
 * change, not two.
 */
export function diffRuns(parts: readonly DiffPart[]): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const part of parts) {
    if (part.text === "") continue;
    const last = runs.at(-1);
    if (part.kind === "same") runs.push({ kind: "same", text: part.text });
    else if (last?.kind === "change") last.parts.push(part);
    else runs.push({ kind: "change", parts: [part] });
  }
  return runs;
}

import { legacyPartIndex } from "./legacy";
import { partKey } from "./outline";
import { partName, type Report } from "./schema";

/**
 * Where a comment attaches: a fixed place ("header", "preamble", "figures",
 * "closing") or a part of the report by its outline key ("part:<id>"), so a
 * comment stays with its part when the author moves it.
 */
const FIXED = { header: "标题与主送", preamble: "导语", figures: "数据", closing: "结束语与署名" } as const;

/** The parts of a report a comment can attach to, with the names users see, in reading order. */
export function commentableParts(report: Report): { path: string; label: string }[] {
  return [
    { path: "header", label: FIXED.header },
    { path: "preamble", label: FIXED.preamble },
    ...report.parts.map((p) => ({
      path: partKey(p.id),
      label: partName(p),
    })),
    { path: "figures", label: FIXED.figures },
    { path: "closing", label: FIXED.closing },
  ];
}

/**
 * A comment's path as today's reports address it: comments made before parts
 * were a list name their part's old field ("duty", "measures.1"); they are
 * read as the part of that kind, so no comment loses its place.
 */
export function commentPath(report: Report, path: string): string {
  if (path in FIXED || path.startsWith("part:") || path === "") return path;
  const i = legacyPartIndex(report.parts.map((p) => p.kind), path);
  const part = i === null ? undefined : report.parts[i];
  return part ? partKey(part.id) : path;
}

import { isRecord } from "./paths";

/**
 * Reports saved before parts were an ordered list held each kind in a field
 * of its own, printed in a fixed order: measures (a list), duty, problems,
 * plans, otherMatters. Such content is read as the list of parts in that
 * same order, so an old report opens and prints exactly as before. The row
 * is rewritten in today's shape by its next save; nothing is migrated in
 * place, so revisions of any age stay readable too.
 */
const LEGACY_KINDS = ["duty", "problems", "plans", "otherMatters"] as const;

/** Whether a legacy part holds anything; an empty 其他需要报告的情况 was never printed. */
function hasContent(part: Record<string, unknown>): boolean {
  const text = (k: string) => typeof part[k] === "string" && part[k].trim() !== "";
  return text("heading") || text("intro") || (Array.isArray(part.items) && part.items.length > 0);
}

/** A path of the old shape ("duty.items.0.body", "measures.2.intro") in the new one, given where each kind went. */
function movePath(path: string, where: ReadonlyMap<string, number>): string {
  const measures = /^measures\.(\d+)(\..*)?$/.exec(path);
  if (measures) return `parts.${measures[1]}${measures[2] ?? ""}`;
  const [head = "", ...rest] = path.split(".");
  const index = where.get(head);
  return index === undefined ? path : ["parts", String(index), ...rest].join(".");
}

export function upgradeReport(data: unknown): unknown {
  if (!isRecord(data) || "parts" in data) return data;
  if (!("measures" in data) && !LEGACY_KINDS.some((k) => k in data)) return data;
  const { measures, duty, problems, plans, otherMatters, carriedOver, ...rest } = data;
  const parts: unknown[] = Array.isArray(measures) ? measures.map((m) => (isRecord(m) ? { kind: "measures", ...m } : m)) : [];
  const where = new Map<string, number>();
  const legacy: Record<(typeof LEGACY_KINDS)[number], unknown> = { duty, problems, plans, otherMatters };
  for (const kind of LEGACY_KINDS) {
    const part = legacy[kind];
    // The old schema always had duty, problems and plans (empty by default); other matters printed only when filled.
    if (part === undefined || (kind === "otherMatters" && (!isRecord(part) || !hasContent(part)))) continue;
    where.set(kind, parts.length);
    parts.push(isRecord(part) ? { kind, ...part } : { kind });
  }
  const upgraded: Record<string, unknown> = { ...rest, parts };
  if (Array.isArray(carriedOver)) upgraded.carriedOver = carriedOver.map((p) => (typeof p === "string" ? movePath(p, where) : p));
  return upgraded;
}

/**
 * Comments made before parts were listed name their part by its old field
 * ("duty", "measures.1"). Today's comment on a part names the part's id, so
 * it follows the part wherever the author moves it.
 */
export function legacyPartIndex(kinds: readonly string[], path: string): number | null {
  const measures = /^measures\.(\d+)$/.exec(path);
  if (measures) {
    let seen = -1;
    const n = Number(measures[1]);
    const i = kinds.findIndex((k) => k === "measures" && ++seen === n);
    return i < 0 ? null : i;
  }
  if (!(LEGACY_KINDS as readonly string[]).includes(path)) return null;
  const i = kinds.indexOf(path);
  return i < 0 ? null : i;
}

/**
 * Paths such as `carriedOver`'s ("parts.3.items.0.body") address a text by
 * the index of every list above it. When the author moves, removes or
 * inserts an element of one of those lists (a part, an item, a sub-item),
 * the same text sits at a new index: these functions give each path its new
 * address, so a mark stays on the text it was put on.
 *
 * `list` is the list's own path ("parts", "parts.3.items"); paths outside it
 * are returned unchanged.
 */

interface InList {
  index: number;
  /** What follows the index: "" for the element itself, ".items.0.body" for something inside it. */
  rest: string;
}

function inList(path: string, list: string): InList | null {
  if (!path.startsWith(`${list}.`)) return null;
  const m = /^(\d+)((?:\..*)?)$/.exec(path.slice(list.length + 1));
  return m ? { index: Number(m[1]), rest: m[2] ?? "" } : null;
}

const at = (list: string, index: number, rest: string) => `${list}.${index}${rest}`;

/** Where index `i` ends up when the element at `from` is taken out and put back at `to` (the others close up). */
export function movedIndex(i: number, from: number, to: number): number {
  if (i === from) return to;
  if (from < to && i > from && i <= to) return i - 1;
  if (from > to && i >= to && i < from) return i + 1;
  return i;
}

/** The paths after the element at `from` moved to `to`. */
export function pathsAfterMove(paths: readonly string[], list: string, from: number, to: number): string[] {
  return paths.map((path) => {
    const hit = inList(path, list);
    return hit ? at(list, movedIndex(hit.index, from, to), hit.rest) : path;
  });
}

/**
 * The paths after the element at `index` was removed: those inside it are
 * taken out (returned as `removed`, relative to the element, so an undo can
 * put them back with `pathsAfterInsert`), those after it move up by one.
 */
export function pathsAfterRemove(paths: readonly string[], list: string, index: number): { kept: string[]; removed: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  for (const path of paths) {
    const hit = inList(path, list);
    if (!hit) kept.push(path);
    else if (hit.index === index) removed.push(hit.rest);
    else kept.push(hit.index > index ? at(list, hit.index - 1, hit.rest) : path);
  }
  return { kept, removed };
}

/**
 * The paths after an element was inserted at `index`: those at or after it
 * move down by one, and `inserted` (paths relative to the new element, as
 * `pathsAfterRemove` returns them) are added for the element itself.
 */
export function pathsAfterInsert(paths: readonly string[], list: string, index: number, inserted: readonly string[] = []): string[] {
  const shifted = paths.map((path) => {
    const hit = inList(path, list);
    return hit && hit.index >= index ? at(list, hit.index + 1, hit.rest) : path;
  });
  return [...shifted, ...inserted.map((rest) => at(list, index, rest))];
}

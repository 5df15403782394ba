import type { PartKind } from "./part-catalogue";
import type { Part, PartOf } from "./schema";

/**
 * A view of the parts: one handler per kind of the catalogue. A map that
 * misses a kind does not compile, so a new kind of part cannot be forgotten
 * by the form, the blocks, the text, carry-over or the import.
 */
export type PartMap<R, A extends unknown[] = []> = { [K in PartKind]: (part: PartOf<K>, ...args: A) => R };

/** Calls the handler of the part's own kind. */
export function onPart<R, A extends unknown[]>(map: PartMap<R, A>, part: Part, ...args: A): R {
  // Each handler takes the part of its own kind; TypeScript cannot follow that
  // correlation through an indexed access, so the lookup is widened once, here.
  const handler = map[part.kind] as (part: Part, ...args: A) => R;
  return handler(part, ...args);
}

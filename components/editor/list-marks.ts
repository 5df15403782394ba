import { useMemo } from "react";
import { useFormContext, type UseFormReturn } from "react-hook-form";
import { pathsAfterInsert, pathsAfterMove, pathsAfterRemove } from "@/lib/report/list-paths";
import type { Report } from "@/lib/report/schema";

export interface ListMarks {
  /** After a row moved: the marks inside the list follow their rows. */
  moved: (from: number, to: number) => void;
  /** Before a row is removed: its marks are taken out (and returned, for an undo), those below move up. */
  removed: (index: number) => string[];
  /** After a row was put back at `index`: its marks return, those below move down. */
  inserted: (index: number, marks: readonly string[]) => void;
}

type FormAccess = Pick<UseFormReturn<Report>, "getValues" | "setValue">;

/**
 * Keeps the "沿用上年内容" marks (carriedOver, addressed by index) on their
 * texts while the rows of a list move, go and come back: every list of the
 * form (parts, items, sub-items, problems) calls these beside its own
 * move, remove and insert.
 */
export function listMarks(list: string, { getValues, setValue }: FormAccess): ListMarks {
  const update = (next: string[]) => {
    const current = getValues("carriedOver");
    if (next.length !== current.length || next.some((p, i) => p !== current[i])) setValue("carriedOver", next);
  };
  return {
    moved: (from, to) => update(pathsAfterMove(getValues("carriedOver"), list, from, to)),
    removed: (index) => {
      const { kept, removed } = pathsAfterRemove(getValues("carriedOver"), list, index);
      update(kept);
      return removed;
    },
    inserted: (index, marks) => update(pathsAfterInsert(getValues("carriedOver"), list, index, marks)),
  };
}

export function useListMarks(list: string): ListMarks {
  const { getValues, setValue } = useFormContext<Report>();
  return useMemo(() => listMarks(list, { getValues, setValue }), [list, getValues, setValue]);
}

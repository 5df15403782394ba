"use client";

import { useMemo } from "react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { PART_CATALOGUE, type PartKind } from "@/lib/report/part-catalogue";
import { partSchema } from "@/lib/report/parts";
import type { Part, Report } from "@/lib/report/schema";
import { listMarks } from "./list-marks";
import type { Removed } from "./sections";

/** A part as the editor tracks it: its id (the outline key, stable across moves) and its kind. */
export interface PartEntry {
  id: string;
  kind: PartKind;
}

export interface PartList {
  /** The parts in the author's order. */
  entries: readonly PartEntry[];
  move: (from: number, to: number) => void;
  /** Removes the part and returns it with its 沿用上年 marks, for 撤销删除. */
  remove: (index: number) => Removed<Part> | null;
  insert: (index: number, part: Part, marks?: readonly string[]) => void;
}

/** A new, empty part of a kind, with the catalogue's default heading for the report's year. */
export function newPart(kind: PartKind, year: number | null): Part {
  const heading = PART_CATALOGUE[kind].shape === "text" ? {} : { heading: PART_CATALOGUE[kind].defaultHeading(year) };
  return partSchema("draft").parse({ kind, ...heading });
}

/**
 * The list of parts as one field array of the form, with the carried-over
 * marks kept on their texts through every move, removal and undo.
 * `keyName` leaves each part's own `id` in the entries (react-hook-form
 * would otherwise put its row key there).
 */
export function usePartList(form: UseFormReturn<Report>): PartList {
  const { fields, move, remove, insert } = useFieldArray({ control: form.control, name: "parts", keyName: "rowKey" });
  const { getValues, setValue } = form;
  const entries = useMemo(() => fields.map((f) => ({ id: f.id, kind: f.kind })), [fields]);
  return useMemo(() => {
    const marks = listMarks("parts", { getValues, setValue });
    return {
      entries,
      move: (from, to) => {
        if (from === to || to < 0 || to >= entries.length) return;
        move(from, to);
        marks.moved(from, to);
      },
      remove: (index) => {
        const part = getValues(`parts.${index}`);
        if (!part) return null;
        const removed = { value: part, marks: marks.removed(index) };
        remove(index);
        return removed;
      },
      insert: (index, part, carried = []) => {
        insert(index, part, { shouldFocus: false });
        marks.inserted(index, carried);
      },
    };
  }, [entries, move, remove, insert, getValues, setValue]);
}

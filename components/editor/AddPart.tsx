"use client";

import { useId, useState } from "react";
import { useFormContext } from "react-hook-form";
import { PART_CATALOGUE, PART_KINDS, isPartKind, type PartKind } from "@/lib/report/part-catalogue";
import { partName, type Part, type Report } from "@/lib/report/schema";
import { useEditor } from "./context";
import { newPart, type PartList } from "./part-list";

/** A kind that is not repeatable can be added only while the report has none of it. */
const available = (kind: PartKind, rows: readonly Part[]) => PART_CATALOGUE[kind].repeatable || !rows.some((p) => p.kind === kind);

const END = "end";

/**
 * Adds a part of any kind of the catalogue at a chosen place, then opens it
 * with the cursor in its heading (or its text, for a concluding paragraph).
 */
export function AddPart({ parts, rows }: { parts: PartList; rows: readonly Part[] }) {
  const { getValues } = useFormContext<Report>();
  const { goTo } = useEditor();
  const id = useId();
  const [chosen, setChosen] = useState<PartKind>("measures");
  // The place is kept as the part to follow, so it stays right when the list changes meanwhile.
  const [after, setAfter] = useState<string>(END);
  const kind = available(chosen, rows) ? chosen : (PART_KINDS.find((k) => available(k, rows)) ?? "measures");
  // A part chosen to follow may have been removed since: then the new one goes last.
  const place = after === "" || rows.some((p) => p.id === after) ? after : END;

  const add = () => {
    const index = place === END ? rows.length : place === "" ? 0 : rows.findIndex((p) => p.id === place) + 1;
    const part = newPart(kind, getValues("header.year"));
    parts.insert(index, part);
    setAfter(END);
    goTo(`parts.${index}.${part.kind === "conclusion" ? "text" : "heading"}`);
  };

  return (
    <fieldset className="add-part">
      <legend>添加部分</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>部分类型</label>
        <select id={`${id}-kind`} data-path="parts" value={kind} onChange={(e) => isPartKind(e.target.value) && setChosen(e.target.value)}>
          {PART_KINDS.map((k) => (
            <option key={k} value={k} disabled={!available(k, rows)}>
              {PART_CATALOGUE[k].name}
              {available(k, rows) ? "" : "（已有，不能重复）"}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-place`}>位置</label>
        <select id={`${id}-place`} value={place} onChange={(e) => setAfter(e.target.value)}>
          <option value="">放在最前面</option>
          {rows.map((p, i) => (
            <option key={p.id} value={i === rows.length - 1 ? END : p.id}>
              放在“{partName(p)}”之后{i === rows.length - 1 ? "（最后）" : ""}
            </option>
          ))}
          {rows.length === 0 && <option value={END}>放在最后</option>}
        </select>
      </div>
      <button type="button" onClick={add}>
        添加此部分
      </button>
    </fieldset>
  );
}

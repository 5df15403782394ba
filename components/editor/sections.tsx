"use client";

import { memo } from "react";
import { nanoid } from "nanoid";
import { useFieldArray, useFormContext } from "react-hook-form";
import { headingNumber } from "@/lib/report/numbering";
import type { Item, Leaf, Report, SubItem } from "@/lib/report/schema";
import { placeOfField } from "@/lib/report/comment-anchor";
import { AnchorComment } from "./comments/AnchorComment";
import { LineField, TextArea } from "./fields";
import { useListMarks } from "./list-marks";
import { RowControls, rowKeyDown, useUndoRemove } from "./rows";

/** A part of the report in the form: its place in the author's order. */
export type PartPath = `parts.${number}`;
type ItemPath = `${PartPath}.items.${number}`;
type SubItemPath = `${ItemPath}.subItems.${number}`;

const newId = () => nanoid(10);
const newItem = (): Item => ({ id: newId(), heading: "", body: "", subItems: [] });
const newSubItem = (): SubItem => ({ id: newId(), heading: "", body: "", subItems: [] });
const newLeaf = (): Leaf => ({ id: newId(), heading: "", body: "" });

/** A removed row, kept for 撤销删除 with its 沿用上年 marks. */
export interface Removed<T> {
  value: T;
  marks: string[];
}

/**
 * A section-shaped part: editable heading, optional introduction, its items.
 * The caller keys it by the part's id: the lists below hold their rows in
 * state, so an editor must never be handed another part's path.
 */
export const SectionEditor = memo(function SectionEditor({ base }: { base: PartPath }) {
  return (
    <>
      <LineField name={`${base}.heading`} label="部分标题" />
      <TextArea name={`${base}.intro`} label="本部分导语（可选）" rows={3} />
      <ItemList base={base} />
    </>
  );
});

function ItemList({ base }: { base: PartPath }) {
  const { control, getValues } = useFormContext<Report>();
  const list = `${base}.items` as const;
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: list });
  const marks = useListMarks(list);
  const { remember, undo } = useUndoRemove<Removed<Item>>((i, r) => {
    insert(i, r.value);
    marks.inserted(i, r.marks);
  });
  const removeAt = (i: number) => {
    const value = getValues(`${list}.${i}`);
    // The path admits every kind's rows (parts are a union); this list only ever holds its own.
    if (!("body" in value)) return;
    remember(i, { value, marks: marks.removed(i) }, `事项${headingNumber(2, i + 1)}`);
    remove(i);
  };
  const moveRow = (from: number, to: number) => {
    move(from, to);
    marks.moved(from, to);
  };
  return (
    <div className="rows">
      {fields.map((field, i) => (
        <ItemRow key={field.id} path={`${list}.${i}`} index={i} count={fields.length} onMove={moveRow} onRemove={removeAt} />
      ))}
      {undo}
      <button type="button" data-path={list} onClick={() => append(newItem())}>
        添加事项
      </button>
    </div>
  );
}

interface RowProps<P> {
  path: P;
  index: number;
  count: number;
  onMove: (a: number, b: number) => void;
  onRemove: (i: number) => void;
}

/** 批注 on a whole item: on its part's key and the item's id, so it follows both when they move. */
function ItemComment({ path, what }: { path: ItemPath; what: string }) {
  const { getValues } = useFormContext<Report>();
  return <AnchorComment anchor="item" place={() => ({ path: placeOfField(getValues(), path).path, field: getValues(`${path}.id`) })} what={what} />;
}

const ItemRow = memo(function ItemRow({ path, index, count, onMove, onRemove }: RowProps<ItemPath>) {
  const n = headingNumber(2, index + 1);
  return (
    <fieldset className="row" onKeyDown={rowKeyDown(index, count, onMove)}>
      <legend>
        事项{n}
        <RowControls name={`事项${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
        <ItemComment path={path} what={`事项${n}`} />
      </legend>
      <LineField name={`${path}.heading`} label={`${n}标题（段首句）`} />
      <TextArea name={`${path}.body`} label={`${n}正文`} />
      <SubItemList path={path} />
    </fieldset>
  );
});

function SubItemList({ path }: { path: ItemPath }) {
  const { control, getValues } = useFormContext<Report>();
  const list = `${path}.subItems` as const;
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: list });
  const marks = useListMarks(list);
  const { remember, undo } = useUndoRemove<Removed<SubItem>>((i, r) => {
    insert(i, r.value);
    marks.inserted(i, r.marks);
  });
  const removeAt = (i: number) => {
    remember(i, { value: getValues(`${list}.${i}`), marks: marks.removed(i) }, `子事项${i + 1}.`);
    remove(i);
  };
  const moveRow = (from: number, to: number) => {
    move(from, to);
    marks.moved(from, to);
  };
  return (
    <div className="rows nested">
      {fields.map((field, i) => (
        <SubItemRow key={field.id} path={`${list}.${i}`} index={i} count={fields.length} onMove={moveRow} onRemove={removeAt} />
      ))}
      {undo}
      <button type="button" className="small" data-path={list} onClick={() => append(newSubItem())}>
        添加子事项（1. 2. …）
      </button>
    </div>
  );
}

const SubItemRow = memo(function SubItemRow({ path, index, count, onMove, onRemove }: RowProps<SubItemPath>) {
  const n = headingNumber(3, index + 1);
  return (
    <fieldset className="row" onKeyDown={rowKeyDown(index, count, onMove)}>
      <legend>
        子事项{n}
        <RowControls name={`子事项${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </legend>
      <LineField name={`${path}.heading`} label={`${n}标题`} />
      <TextArea name={`${path}.body`} label={`${n}正文`} rows={3} />
      <LeafList path={path} />
    </fieldset>
  );
});

function LeafList({ path }: { path: SubItemPath }) {
  const { control, getValues } = useFormContext<Report>();
  const list = `${path}.subItems` as const;
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: list });
  const marks = useListMarks(list);
  const { remember, undo } = useUndoRemove<Removed<Leaf>>((i, r) => {
    insert(i, r.value);
    marks.inserted(i, r.marks);
  });
  const removeAt = (i: number) => {
    remember(i, { value: getValues(`${list}.${i}`), marks: marks.removed(i) }, `（${i + 1}）`);
    remove(i);
  };
  const moveRow = (from: number, to: number) => {
    move(from, to);
    marks.moved(from, to);
  };
  return (
    <div className="rows nested">
      {fields.map((field, i) => {
        const n = headingNumber(4, i + 1);
        return (
          <fieldset key={field.id} className="row" onKeyDown={rowKeyDown(i, fields.length, moveRow)}>
            <legend>
              {n}
              <RowControls name={n} index={i} count={fields.length} onMove={moveRow} onRemove={removeAt} />
            </legend>
            <LineField name={`${list}.${i}.heading`} label={`${n}标题`} />
            <TextArea name={`${list}.${i}.body`} label={`${n}正文`} rows={3} />
          </fieldset>
        );
      })}
      {undo}
      <button type="button" className="small" data-path={list} onClick={() => append(newLeaf())}>
        添加（1）（2）…
      </button>
    </div>
  );
}

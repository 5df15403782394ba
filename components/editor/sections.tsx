"use client";

import { memo } from "react";
import { nanoid } from "nanoid";
import { useFieldArray, useFormContext } from "react-hook-form";
import { headingNumber } from "@/lib/report/numbering";
import type { Item, Problem, Report, SubItem } from "@/lib/report/schema";
import { LineField, TextArea } from "./fields";
import { RowControls, rowKeyDown, useUndoRemove } from "./rows";

export type SectionPath = `measures.${number}` | "duty" | "plans" | "otherMatters";
type ItemPath = `${SectionPath}.items.${number}`;
type SubItemPath = `${ItemPath}.subItems.${number}`;

const newId = () => nanoid(10);
const newItem = (): Item => ({ id: newId(), heading: "", body: "", subItems: [] });
const newSubItem = (): SubItem => ({ id: newId(), heading: "", body: "", subItems: [] });
const newLeaf = (): SubItem["subItems"][number] => ({ id: newId(), heading: "", body: "" });
const newProblem = (): Problem => ({ id: newId(), heading: "", description: "", cause: "" });

/** A level-1 part: editable heading, optional introduction, its items. */
export const SectionEditor = memo(function SectionEditor({ base }: { base: SectionPath }) {
  return (
    <>
      <LineField name={`${base}.heading`} label="部分标题" />
      <TextArea name={`${base}.intro`} label="本部分导语（可选）" rows={3} />
      <ItemList base={base} />
    </>
  );
});

function ItemList({ base }: { base: SectionPath }) {
  const { control, getValues } = useFormContext<Report>();
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: `${base}.items` });
  const { remember, undo } = useUndoRemove<Item>(insert);
  const removeAt = (i: number) => {
    remember(i, getValues(`${base}.items.${i}`), `事项${headingNumber(2, i + 1)}`);
    remove(i);
  };
  return (
    <div className="rows">
      {fields.map((field, i) => (
        <ItemRow key={field.id} path={`${base}.items.${i}`} index={i} count={fields.length} onMove={move} onRemove={removeAt} />
      ))}
      {undo}
      <button type="button" data-path={`${base}.items`} onClick={() => append(newItem())}>
        添加事项
      </button>
    </div>
  );
}

const ItemRow = memo(function ItemRow({ path, index, count, onMove, onRemove }: { path: ItemPath; index: number; count: number; onMove: (a: number, b: number) => void; onRemove: (i: number) => void }) {
  const n = headingNumber(2, index + 1);
  return (
    <fieldset className="row" onKeyDown={rowKeyDown(index, count, onMove)}>
      <legend>
        事项{n}
        <RowControls name={`事项${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </legend>
      <LineField name={`${path}.heading`} label={`${n}标题（段首句）`} />
      <TextArea name={`${path}.body`} label={`${n}正文`} />
      <SubItemList path={path} />
    </fieldset>
  );
});

function SubItemList({ path }: { path: ItemPath }) {
  const { control, getValues } = useFormContext<Report>();
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: `${path}.subItems` });
  const { remember, undo } = useUndoRemove<SubItem>(insert);
  const removeAt = (i: number) => {
    remember(i, getValues(`${path}.subItems.${i}`), `子事项${i + 1}.`);
    remove(i);
  };
  return (
    <div className="rows nested">
      {fields.map((field, i) => (
        <SubItemRow key={field.id} path={`${path}.subItems.${i}`} index={i} count={fields.length} onMove={move} onRemove={removeAt} />
      ))}
      {undo}
      <button type="button" className="small" data-path={`${path}.subItems`} onClick={() => append(newSubItem())}>
        添加子事项（1. 2. …）
      </button>
    </div>
  );
}

const SubItemRow = memo(function SubItemRow({ path, index, count, onMove, onRemove }: { path: SubItemPath; index: number; count: number; onMove: (a: number, b: number) => void; onRemove: (i: number) => void }) {
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
}, );

function LeafList({ path }: { path: SubItemPath }) {
  const { control, getValues } = useFormContext<Report>();
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: `${path}.subItems` });
  const { remember, undo } = useUndoRemove<SubItem["subItems"][number]>(insert);
  const removeAt = (i: number) => {
    remember(i, getValues(`${path}.subItems.${i}`), `（${i + 1}）`);
    remove(i);
  };
  return (
    <div className="rows nested">
      {fields.map((field, i) => {
        const n = headingNumber(4, i + 1);
        return (
          <fieldset key={field.id} className="row" onKeyDown={rowKeyDown(i, fields.length, move)}>
            <legend>
              {n}
              <RowControls name={n} index={i} count={fields.length} onMove={move} onRemove={removeAt} />
            </legend>
            <LineField name={`${path}.subItems.${i}.heading`} label={`${n}标题`} />
            <TextArea name={`${path}.subItems.${i}.body`} label={`${n}正文`} rows={3} />
          </fieldset>
        );
      })}
      {undo}
      <button type="button" className="small" data-path={`${path}.subItems`} onClick={() => append(newLeaf())}>
        添加（1）（2）…
      </button>
    </div>
  );
}

/** 存在的问题: each problem with its description and its cause (原因分析). */
export const ProblemsEditor = memo(function ProblemsEditor() {
  const { control, getValues } = useFormContext<Report>();
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: "problems.items" });
  const { remember, undo } = useUndoRemove<Problem>(insert);
  const removeAt = (i: number) => {
    remember(i, getValues(`problems.items.${i}`), `问题${headingNumber(2, i + 1)}`);
    remove(i);
  };
  return (
    <>
      <LineField name="problems.heading" label="部分标题" />
      <TextArea name="problems.intro" label="本部分导语（可选）" rows={3} />
      <div className="rows">
        {fields.map((field, i) => {
          const n = headingNumber(2, i + 1);
          return (
            <fieldset key={field.id} className="row" onKeyDown={rowKeyDown(i, fields.length, move)}>
              <legend>
                问题{n}
                <RowControls name={`问题${n}`} index={i} count={fields.length} onMove={move} onRemove={removeAt} />
              </legend>
              <LineField name={`problems.items.${i}.heading`} label={`${n}问题标题`} />
              <TextArea name={`problems.items.${i}.description`} label={`${n}问题描述`} rows={3} />
              <TextArea name={`problems.items.${i}.cause`} label={`${n}原因分析`} rows={3} />
            </fieldset>
          );
        })}
        {undo}
        <button type="button" data-path="problems.items" onClick={() => append(newProblem())}>
          添加问题
        </button>
      </div>
    </>
  );
});

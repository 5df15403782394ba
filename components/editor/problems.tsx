"use client";

import { memo } from "react";
import { nanoid } from "nanoid";
import { useFieldArray, useFormContext } from "react-hook-form";
import { headingNumber } from "@/lib/report/numbering";
import type { Problem, Report } from "@/lib/report/schema";
import { LineField, TextArea } from "./fields";
import { useListMarks } from "./list-marks";
import { RowControls, rowKeyDown, useUndoRemove } from "./rows";
import type { PartPath, Removed } from "./sections";

const newProblem = (): Problem => ({ id: nanoid(10), heading: "", description: "", cause: "" });

/** 存在的不足和原因: each problem with its description and its cause (原因分析). Keyed by the part's id, as SectionEditor. */
export const ProblemsEditor = memo(function ProblemsEditor({ base }: { base: PartPath }) {
  const { control, getValues } = useFormContext<Report>();
  const list = `${base}.items` as const;
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: list });
  const marks = useListMarks(list);
  const { remember, undo } = useUndoRemove<Removed<Problem>>((i, r) => {
    insert(i, r.value);
    marks.inserted(i, r.marks);
  });
  const removeAt = (i: number) => {
    const value = getValues(`${list}.${i}`);
    // The path admits every kind's rows (parts are a union); this list only ever holds its own.
    if (!("cause" in value)) return;
    remember(i, { value, marks: marks.removed(i) }, `问题${headingNumber(2, i + 1)}`);
    remove(i);
  };
  const moveRow = (from: number, to: number) => {
    move(from, to);
    marks.moved(from, to);
  };
  return (
    <>
      <LineField name={`${base}.heading`} label="部分标题" />
      <TextArea name={`${base}.intro`} label="本部分导语（可选）" rows={3} />
      <div className="rows">
        {fields.map((field, i) => {
          const n = headingNumber(2, i + 1);
          return (
            <fieldset key={field.id} className="row" onKeyDown={rowKeyDown(i, fields.length, moveRow)}>
              <legend>
                问题{n}
                <RowControls name={`问题${n}`} index={i} count={fields.length} onMove={moveRow} onRemove={removeAt} />
              </legend>
              <LineField name={`${list}.${i}.heading`} label={`${n}问题标题`} />
              <TextArea name={`${list}.${i}.description`} label={`${n}问题描述`} rows={3} />
              <TextArea name={`${list}.${i}.cause`} label={`${n}原因分析`} rows={3} />
            </fieldset>
          );
        })}
        {undo}
        <button type="button" data-path={list} onClick={() => append(newProblem())}>
          添加问题
        </button>
      </div>
    </>
  );
});

/** 结尾段落: a closing paragraph without a heading, printed before 特此报告。 */
export const ConclusionEditor = memo(function ConclusionEditor({ base }: { base: PartPath }) {
  return (
    <>
      <p className="muted">结尾段落不编号、不加标题，印在“特此报告。”之前，如“下一步，我们将……”。</p>
      <TextArea name={`${base}.text`} label="结尾段落正文" rows={6} />
    </>
  );
});

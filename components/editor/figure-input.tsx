"use client";

import { memo, useEffect, useId, useState, type ReactNode } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { figureValueMessage } from "@/lib/report/figure-checks";
import { figureInput, formatFigureValue, MAX_FIGURE_TEXT, type FigureValue } from "@/lib/report/figure-value";
import { storedFigure, type FigureEntry, type FigureId } from "@/lib/report/figures";
import type { Report } from "@/lib/report/schema";
import { AnchorComment } from "./comments/AnchorComment";
import { useEditor } from "./context";
import { Flags } from "./fields";
import { useFieldFlag, useFieldNote } from "./review";

export type FigurePath = `figures.${FigureId}`;

const shown = (value: FigureValue | null) => (value === null ? "" : formatFigureValue(value));

/** A figure's field path: a catalogue figure's, or a custom figure's by its definition id. */
type FieldName = FigurePath | `customFigures.${string}`;

/**
 * A figure as the report states it: an exact number (full-width digits,
 * 50,846 and "77起" are read as the number meant) or approximate words as
 * written (500余, 20多, 近千, 约30, 1.2万). Whatever is typed is stored
 * (figureInput) and saved; the caller says what is wrong with it (flags)
 * and which checks an approximate value kept from being made exactly
 * (notes, muted). The text as typed stays in the input.
 */
export const FigureField = memo(function FigureField({
  name,
  label,
  unit,
  messages,
  notes,
  previous,
  extra,
}: {
  name: FieldName;
  label: string;
  unit: string;
  messages: readonly string[];
  notes: readonly string[];
  /** 去年: 500余人 — last year's value as written, for the comparison reviewers will make anyway. */
  previous: { year: number; value: FigureValue } | null;
  /** Beside the notes: the catalogue figures' 批注 button. */
  extra?: ReactNode;
}) {
  const { control } = useFormContext<Report>();
  const { field } = useController({ control, name });
  const value: FigureValue | null = field.value ?? null;
  const [text, setText] = useState(() => shown(value));
  const id = useId();

  // The value changed from outside (a conflict resolved, a revision restored): show it.
  useEffect(() => {
    if (!Object.is(figureInput(text, unit), value)) setText(shown(value));
    // Only a change of the value resyncs the text; the drafter's own typing must not be rewritten under the cursor.
  }, [value]);

  return (
    <div className={`figure-field${messages.length > 0 ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <span className="figure-input">
        <input
          id={id}
          name={name}
          autoComplete="off"
          maxLength={MAX_FIGURE_TEXT}
          value={text}
          ref={field.ref}
          onBlur={field.onBlur}
          aria-invalid={messages.length > 0 ? true : undefined}
          aria-describedby={messages.length > 0 ? `${id}-flag` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            field.onChange(figureInput(e.target.value, unit));
          }}
        />
        <span className="unit">{unit}</span>
        {previous && (
          <span className="previous" title={`${previous.year}年度`}>
            去年: {formatFigureValue(previous.value)}
            {unit}
          </span>
        )}
      </span>
      <Flags id={`${id}-flag`} messages={messages} />
      {notes.map((n) => (
        <p key={n} className="muted note">
          {n}
        </p>
      ))}
      {extra}
    </div>
  );
});

const lines = (s: string) => s.split("\n").filter((m) => m !== "");

/**
 * A catalogue figure: its own sense (a rate of 101, words that say no
 * number) is checked as it is typed; the checks against other figures come
 * with the next review, after a pause in typing.
 */
export const FigureInput = memo(function FigureInput({ entry }: { entry: FigureEntry }) {
  const { control } = useFormContext<Report>();
  const name: FigurePath = `figures.${entry.id}`;
  const value = useWatch({ control, name });
  const { previousYear } = useEditor();
  const own = value === null ? null : figureValueMessage(entry.def, value);
  const reviewed = lines(useFieldFlag(name));
  const messages = [...(own ? [own] : []), ...reviewed.filter((m) => m !== own)];
  const last = previousYear ? storedFigure(previousYear.figures, entry.id) : null;
  return (
    <FigureField
      name={name}
      label={entry.def.label}
      unit={entry.def.unit}
      messages={messages}
      notes={lines(useFieldNote(name))}
      previous={previousYear && last !== null ? { year: previousYear.year, value: last } : null}
      extra={<AnchorComment anchor="figure" place={() => ({ path: `figures.${entry.topic}`, field: entry.id })} what={`数据“${entry.def.label}”`} />}
    />
  );
});

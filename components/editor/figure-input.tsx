"use client";

import { memo, useEffect, useId, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { figureValueMessage } from "@/lib/report/figure-checks";
import { figureInput, formatFigureValue, MAX_FIGURE_TEXT, type FigureValue } from "@/lib/report/figure-value";
import { storedFigure, type FigureEntry, type FigureId } from "@/lib/report/figures";
import type { Report } from "@/lib/report/schema";
import { useEditor } from "./context";
import { Flags } from "./fields";
import { useFieldFlag, useFieldNote } from "./review";

export type FigurePath = `figures.${FigureId}`;

const shown = (value: FigureValue | null) => (value === null ? "" : formatFigureValue(value));

/**
 * A figure as the report states it: an exact number (full-width digits,
 * 50,846 and "77起" are read as the number meant) or approximate words as
 * written (500余, 20多, 近千, 约30, 1.2万). Whatever is typed is stored
 * (figureInput) and saved; what does not make sense for the figure (a rate
 * of 101, words that say no number) is flagged on the field at once, the
 * cross-checks after a pause, and a check an approximate value kept from
 * being made exactly is noted, muted.
 */
export const FigureInput = memo(function FigureInput({ entry }: { entry: FigureEntry }) {
  const { control } = useFormContext<Report>();
  const name: FigurePath = `figures.${entry.id}`;
  const { field } = useController({ control, name });
  const value = field.value;
  const unit = entry.def.unit;
  const [text, setText] = useState(() => shown(value));
  const id = useId();

  // The value changed from outside (a conflict resolved, a revision restored): show it.
  useEffect(() => {
    if (!Object.is(figureInput(text, unit), value)) setText(shown(value));
    // Only a change of the value resyncs the text; the drafter's own typing must not be rewritten under the cursor.
  }, [value]);

  // The value's own sense is checked as it is typed; the checks against other figures come with the next review.
  const own = value === null ? null : figureValueMessage(entry.def, value);
  const reviewed = useFieldFlag(name);
  const messages = [...(own ? [own] : []), ...reviewed.split("\n").filter((m) => m !== "" && m !== own)];
  const note = useFieldNote(name);
  return (
    <div className={`figure-field${messages.length > 0 ? " invalid" : ""}`}>
      <label htmlFor={id}>{entry.def.label}</label>
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
        <PreviousValue entry={entry} />
      </span>
      <Flags id={`${id}-flag`} messages={messages} />
      {note !== "" &&
        note.split("\n").map((n) => (
          <p key={n} className="muted note">
            {n}
          </p>
        ))}
    </div>
  );
});

/** 去年: 500余人 — last year's value as it was written, for the comparison reviewers will make anyway. */
function PreviousValue({ entry }: { entry: FigureEntry }) {
  const { previousYear } = useEditor();
  const value = previousYear ? storedFigure(previousYear.figures, entry.id) : null;
  if (value === null) return null;
  return (
    <span className="previous" title={`${previousYear?.year}年度`}>
      去年: {formatFigureValue(value)}
      {entry.def.unit}
    </span>
  );
}

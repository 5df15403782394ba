"use client";

import { memo, useEffect, useId, useMemo, useState } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { customFigureDef, customFigurePath, runCustomFigureChecks, topicLabel, type CustomFigureDef } from "@/lib/report/custom-figures";
import { figureInput, formatFigureValue, MAX_FIGURE_TEXT, type FigureValue } from "@/lib/report/figure-value";
import type { Report } from "@/lib/report/schema";
import { Flags } from "./fields";

/** Last year's values of the custom figures, shown beside each input (去年: 800). */
export interface PreviousCustomFigures {
  year: number;
  customFigures: Readonly<Record<string, FigureValue | null>>;
}

type Messages = Map<string, string[]>;

function byPath(issues: readonly { path: string; message: string }[]): Messages {
  const out: Messages = new Map();
  for (const { path, message } of issues) {
    const before = out.get(path) ?? [];
    if (!before.includes(message)) out.set(path, [...before, message]);
  }
  return out;
}

/**
 * The custom figures of one topic: those the organizations above ask of
 * this report (definitions from the database), listed in the outline entry
 * of their topic, a catalogue topic's or one of their own. Each takes exact
 * and approximate values like a catalogue figure (500余, 约30), stored under
 * customFigures.<id>; the value and sum checks run on every change with all
 * the `definitions` (a sum may add figures of other topics) and show on each
 * field concerned of this topic.
 */
export const CustomFiguresPart = memo(function CustomFiguresPart({
  definitions,
  topic,
  previousYear = null,
}: {
  /** Every custom figure that applies to the report. */
  definitions: readonly CustomFigureDef[];
  /** The topic listed here: a catalogue topic key or the label of a topic of the definitions' own. */
  topic: string;
  previousYear?: PreviousCustomFigures | null;
}) {
  const { control } = useFormContext<Report>();
  const customFigures = useWatch({ control, name: "customFigures" });
  const figures = useWatch({ control, name: "figures" });
  const { issues, notes } = useMemo(() => {
    const result = runCustomFigureChecks(definitions, { figures, customFigures: customFigures ?? {} });
    return { issues: byPath(result.issues), notes: byPath(result.skipped) };
  }, [definitions, figures, customFigures]);
  const shownHere = definitions.filter((d) => d.topic === topic);
  if (shownHere.length === 0) return null;
  return (
    <section aria-label={`${topicLabel(topic)}：上级要求的数据`}>
      <h3>上级要求的数据</h3>
      <p className="muted">上级单位要求填写的{topicLabel(topic)}数据。没有开展的工作留空即可；约数按报告原文填写，如 500余、约30。</p>
      <div className="figures">
        {shownHere.map((d) => (
          <CustomFigureInput
            key={d.id}
            definition={d}
            messages={issues.get(customFigurePath(d.id)) ?? NONE}
            notes={notes.get(customFigurePath(d.id)) ?? NONE}
            previous={previousYear ? { year: previousYear.year, value: previousYear.customFigures[d.id] ?? null } : null}
          />
        ))}
      </div>
    </section>
  );
});

const NONE: readonly string[] = [];

const shown = (value: FigureValue | null | undefined) => (value === null || value === undefined ? "" : formatFigureValue(value));

/** One custom figure: the text as typed stays in the input; the form holds what figureInput reads from it. */
const CustomFigureInput = memo(function CustomFigureInput({
  definition,
  messages: checked,
  notes,
  previous,
}: {
  definition: CustomFigureDef;
  /** This figure's value and sum checks, as of the values now in the form. */
  messages: readonly string[];
  /** Sums an approximate value kept from being checked exactly. */
  notes: readonly string[];
  previous: { year: number; value: FigureValue | null } | null;
}) {
  const { control } = useFormContext<Report>();
  const { field, fieldState } = useController({ control, name: `customFigures.${definition.id}` });
  const { unit } = customFigureDef(definition);
  const stored: FigureValue | null = field.value ?? null;
  const [text, setText] = useState(() => shown(stored));
  const id = useId();

  // The value changed from outside (a conflict resolved, a revision restored): show it.
  useEffect(() => {
    if (figureInput(text, unit) !== stored) setText(shown(stored));
    // Only a change of the value resyncs the text; the drafter's own typing must not be rewritten under the cursor.
  }, [stored]);

  const error = fieldState.error?.message;
  const messages = error && !checked.includes(error) ? [error, ...checked] : checked;
  return (
    <div className={`figure-field${messages.length > 0 ? " invalid" : ""}`}>
      <label htmlFor={id}>{definition.label}</label>
      <span className="figure-input">
        <input
          id={id}
          name={field.name}
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
        {previous && previous.value !== null && (
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
    </div>
  );
});

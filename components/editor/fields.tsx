"use client";

import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { get, useController, useFormContext, useWatch, type FieldPath, type FieldPathByValue } from "react-hook-form";
import { characterCount } from "@/lib/report/outline";
import { figureValue, formatFigure, type FigureEntry, type FigureId } from "@/lib/report/figures";
import { normalizeNumber } from "@/lib/report/number-input";
import { contradictionMessage, findProseContradictions } from "@/lib/report/prose-numbers";
import { findReferences, referenceToken, segments } from "@/lib/report/references";
import type { Report } from "@/lib/report/schema";
import { ReferencePicker } from "./ReferencePicker";
import { useEditor } from "./context";

export type TextPath = FieldPathByValue<Report, string>;
export type FigurePath = `figures.${FigureId}`;

/**
 * The error of one field only. useFormState would re-render every mounted
 * field whenever validation (run on each keystroke) publishes the errors
 * object; this subscribes without rendering and sets state only when this
 * field's message changes, so a keystroke re-renders at most the field whose
 * error appeared or went away.
 */
function useFieldError(name: FieldPath<Report>): string | undefined {
  const { subscribe, getFieldState } = useFormContext<Report>();
  const read = (errors: unknown) => {
    const error: unknown = get(errors, name);
    return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : undefined;
  };
  // getFieldState without a formState argument reads the errors without subscribing the whole form to them.
  const [message, setMessage] = useState(() => getFieldState(name).error?.message);
  useEffect(
    () =>
      subscribe({
        formState: { errors: true },
        callback: ({ errors }) => setMessage(read(errors)),
      }),
    // `read` depends on name only, which is in the list.
    [subscribe, name],
  );
  return message;
}

function FieldShell({ id, label, error, children, extra }: { id: string; label: string; error?: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {extra}
    </div>
  );
}

/** A one-line text (headings, names). Uncontrolled: typing does not re-render React at all. */
export const LineField = memo(function LineField({ name, label, type = "text", placeholder }: { name: TextPath; label: string; type?: "text" | "date"; placeholder?: string }) {
  const { register } = useFormContext<Report>();
  const id = useId();
  const error = useFieldError(name);
  return (
    <FieldShell id={id} label={label} error={error}>
      <input id={id} type={type} placeholder={placeholder} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...register(name)} />
    </FieldShell>
  );
});

/**
 * A body text. Uncontrolled textarea; beside it a picker that inserts a figure
 * reference at the cursor, and below it (deferred) the values its references
 * print and any number in the prose that contradicts a figure.
 */
export const TextArea = memo(function TextArea({ name, label, rows = 5, figures = true }: { name: TextPath; label: string; rows?: number; figures?: boolean }) {
  const { register, getValues, setValue } = useFormContext<Report>();
  const id = useId();
  const error = useFieldError(name);
  const element = useRef<HTMLTextAreaElement | null>(null);
  const { ref, ...rest } = register(name);

  const insert = (figure: FigureId) => {
    const el = element.current;
    const current = getValues(name);
    const token = referenceToken(figure);
    const start = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? start;
    setValue(name, current.slice(0, start) + token + current.slice(end), { shouldDirty: true, shouldValidate: true });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <FieldShell
      id={id}
      label={label}
      error={error}
      extra={
        <>
          {figures && <ReferencePicker onPick={insert} />}
          <TextInsights name={name} />
        </>
      }
    >
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
        ref={(el) => {
          ref(el);
          element.current = el;
        }}
      />
    </FieldShell>
  );
});

/** What a text prints and what it contradicts, a moment behind the typing. */
const TextInsights = memo(function TextInsights({ name }: { name: TextPath }) {
  const { control } = useFormContext<Report>();
  const text = useDeferredValue(useWatch({ control, name }));
  const figures = useWatch({ control, name: "figures" });
  const carriedOver = useWatch({ control, name: "carriedOver" });
  const { refs, contradictions, count } = useMemo(
    () => ({
      refs: findReferences(text),
      contradictions: findProseContradictions(text, figures),
      count: text ? characterCount(text, figures) : 0,
    }),
    [text, figures],
  );
  return (
    <div className="insights">
      {carriedOver.includes(name) && <p className="carried">沿用上年内容，尚未修改</p>}
      {refs.length > 0 && (
        <p className="references" aria-label="引用的数据">
          引用的数据：
          {segments(text, figures)
            .filter((s) => s.kind === "figure")
            .map((s, i) =>
              s.kind === "figure" ? (
                <span key={i} className={s.value === null ? "ref missing" : "ref"}>
                  {s.label} = {s.value === null || Number.isNaN(s.value) ? "待填" : formatFigure(s.value)}
                </span>
              ) : null,
            )}
        </p>
      )}
      {contradictions.map((c, i) => (
        <p key={i} className="warning" role="status">
          {contradictionMessage(c)}
        </p>
      ))}
      {count > 0 && <p className="count">{count}字</p>}
    </div>
  );
});

/**
 * A figure: what the drafter types is kept as typed (so "１２" or "50,846"
 * stay visible while they are read), and the form holds the number it means,
 * null when empty, NaN while it is unreadable — NaN fails the schema, so
 * nothing unreadable is ever saved as a number.
 */
export const FigureInput = memo(function FigureInput({ entry, crossCheck }: { entry: FigureEntry; crossCheck?: string }) {
  const { control } = useFormContext<Report>();
  const name: FigurePath = `figures.${entry.id}`;
  const { field, fieldState } = useController({ control, name });
  const unit = entry.def.kind === "rate" ? "%" : entry.def.unit;
  const [text, setText] = useState(() => (field.value === null ? "" : formatFigure(field.value)));
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();

  // The value changed from outside (a conflict resolved, a revision restored): show it.
  useEffect(() => {
    const read = normalizeNumber(text, unit);
    const shown = read.ok ? read.value : Number.NaN;
    if (!Object.is(shown, field.value) && !Number.isNaN(field.value)) {
      setText(field.value === null ? "" : formatFigure(field.value));
      setRefusal(null);
    }
    // Only a change of the value resyncs the text; the drafter's own typing must not be rewritten under the cursor.
  }, [field.value]);

  const message = refusal ?? fieldState.error?.message ?? crossCheck;
  return (
    <div className={`figure-field${message ? " invalid" : ""}`}>
      <label htmlFor={id}>{entry.def.label}</label>
      <span className="figure-input">
        <input
          id={id}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          ref={field.ref}
          onBlur={field.onBlur}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onChange={(e) => {
            const raw = e.target.value;
            setText(raw);
            const read = normalizeNumber(raw, unit);
            setRefusal(read.ok ? null : read.message);
            field.onChange(read.ok ? read.value : Number.NaN);
          }}
        />
        <span className="unit">{unit}</span>
        <PreviousValue entry={entry} unit={unit} />
      </span>
      {message && (
        <p className="error" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
    </div>
  );
});

/** 去年: 77 — last year's value beside the input, for the comparison reviewers will make anyway. */
function PreviousValue({ entry, unit }: { entry: FigureEntry; unit: string }) {
  const { previousYear } = useEditor();
  const value = previousYear ? figureValue(previousYear.figures, entry.id) : null;
  if (value === null) return null;
  return (
    <span className="previous" title={`${previousYear?.year}年度`}>
      去年: {formatFigure(value)}
      {unit}
    </span>
  );
}

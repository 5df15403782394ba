"use client";

import { memo, useCallback, useId, useMemo, useState, type ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import { useFormContext, useWatch, type FieldPathByValue } from "react-hook-form";
import { isoDateOf } from "@/lib/report/dates";
import type { FigureId } from "@/lib/report/figures";
import { formatFigureValue } from "@/lib/report/figure-value";
import { HARD_TEXT, MAX_LINE, MAX_TEXT } from "@/lib/report/parts";
import { contradictionMessage, findProseContradictions } from "@/lib/report/prose-numbers";
import { valueAt } from "@/lib/report/paths";
import { findReferences, segments } from "@/lib/report/references";
import type { Report } from "@/lib/report/schema";
import { FIGURE_NODE } from "./prose/doc";
import { ProseField } from "./prose/ProseField";
import { ReferencePicker } from "./ReferencePicker";
import { useSnapshot } from "./context";
import { useFieldFlag } from "./review";

export type TextPath = FieldPathByValue<Report, string>;

/** A field's flags (one message a line), each shown under the field. */
export function Flags({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id}>
      {messages.map((m) => (
        <p key={m} className="error" role="alert">
          {m}
        </p>
      ))}
    </div>
  );
}

const lines = (s: string) => (s === "" ? [] : s.split("\n"));

function FieldShell({ id, label, flag, children, extra }: { id: string; label: string; flag: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <div className={`field${flag ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      <Flags id={`${id}-flag`} messages={lines(flag)} />
      {extra}
    </div>
  );
}

const grouped = new Intl.NumberFormat("en-US");

/**
 * Characters against the limit 提交审核 applies, shown from the first one so
 * nobody meets the limit by surprise; past it, a warning (the draft still
 * saves). Counted as the limit counts them, in UTF-16 units, so the counter
 * and the check never disagree. Re-renders alone on each keystroke.
 */
export const Counter = memo(function Counter({ id, name, limit }: { id: string; name: TextPath; limit: number }) {
  const { control } = useFormContext<Report>();
  const value = useWatch({ control, name });
  const n = (value ?? "").length;
  const over = n - limit;
  return (
    <p id={id} className={over > 0 ? "counter over" : "counter"}>
      {grouped.format(n)} / {grouped.format(limit)}字{over > 0 && `，超出${grouped.format(over)}字：草稿照常保存，提交审核前需删减`}
    </p>
  );
});

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ") || undefined;

/**
 * A one-line text (headings, names). Uncontrolled: typing re-renders only its
 * counter. `maxLength` is the server's hard limit, so typing can never reach
 * a size the draft refuses; the usual limit (`limit`) is a flag.
 */
export const LineField = memo(function LineField({
  name,
  label,
  placeholder,
  limit = MAX_LINE,
}: {
  name: TextPath;
  label: string;
  placeholder?: string;
  limit?: number;
}) {
  const { register } = useFormContext<Report>();
  const id = useId();
  const flag = useFieldFlag(name);
  return (
    <FieldShell id={id} label={label} flag={flag} extra={<Counter id={`${id}-count`} name={name} limit={limit} />}>
      <input
        id={id}
        type="text"
        placeholder={placeholder}
        maxLength={HARD_TEXT}
        aria-invalid={flag ? true : undefined}
        aria-describedby={describedBy(flag !== "" && `${id}-flag`, `${id}-count`)}
        {...register(name)}
      />
    </FieldShell>
  );
});

/**
 * A date. Not the browser's date input, which shows and reads dates in the
 * browser's language (02/24/2021 on an English system): a text field that
 * takes 2021-02-24, and as well 2021-2-24, 2021/2/24 or 2021年2月24日, stored
 * as 2021-02-24. Anything else stays as typed and the schema says so on the field.
 */
export const DateField = memo(function DateField({ name, label }: { name: TextPath; label: string }) {
  const { register } = useFormContext<Report>();
  const id = useId();
  const flag = useFieldFlag(name);
  return (
    <FieldShell id={id} label={label} flag={flag} extra={<p id={`${id}-hint`} className="muted">格式：年-月-日，如 2021-02-24</p>}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="如 2021-02-24"
        maxLength={20}
        aria-invalid={flag ? true : undefined}
        aria-describedby={describedBy(flag !== "" && `${id}-flag`, `${id}-hint`)}
        {...register(name, { setValueAs: (v: string) => isoDateOf(v) ?? v })}
      />
    </FieldShell>
  );
});

/**
 * A choice from a fixed list. A stored value outside the list (a report
 * imported or saved before the list) stays selectable, so opening the form
 * never changes it unseen.
 */
export const SelectField = memo(function SelectField({ name, label, options }: { name: TextPath; label: string; options: readonly string[] }) {
  const { register, control } = useFormContext<Report>();
  const value = useWatch({ control, name });
  const id = useId();
  const flag = useFieldFlag(name);
  const other = value && !options.includes(value) ? value : null;
  return (
    <FieldShell id={id} label={label} flag={flag}>
      <select id={id} aria-invalid={flag ? true : undefined} aria-describedby={flag ? `${id}-flag` : undefined} {...register(name)}>
        <option value="">请选择</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        {other && <option value={other}>{other}（不在列表中，请重新选择）</option>}
      </select>
    </FieldShell>
  );
});

/**
 * A body text: a prose editor (prose/ProseField.tsx) showing figure
 * references as tokens; beside it a picker that inserts a token at the
 * cursor, and below it (as of the last pause in typing) the values its
 * references print and any number in the prose that contradicts a figure.
 */
export const TextArea = memo(function TextArea({ name, label, rows = 5, figures = true, limit = MAX_TEXT }: { name: TextPath; label: string; rows?: number; figures?: boolean; limit?: number }) {
  const id = useId();
  const labelId = `${id}-label`;
  const flag = useFieldFlag(name);
  const [editor, setEditor] = useState<Editor | null>(null);
  const insert = useCallback(
    (figure: FigureId) => {
      if (!editor) return;
      editor.commands.insertContent({ type: FIGURE_NODE, attrs: { id: figure } });
      // Focused at once (TipTap's focus command waits a frame), so what is typed next lands after the token.
      editor.view.focus();
    },
    [editor],
  );

  return (
    <div className={`field${flag ? " invalid" : ""}`}>
      <label id={labelId} onClick={() => editor?.commands.focus()}>
        {label}
      </label>
      <ProseField name={name} id={id} labelId={labelId} rows={rows} invalid={flag !== ""} describedBy={describedBy(flag !== "" && `${id}-flag`, `${id}-count`)} onEditor={setEditor} />
      <Flags id={`${id}-flag`} messages={lines(flag)} />
      <Counter id={`${id}-count`} name={name} limit={limit} />
      {figures && <ReferencePicker onPick={insert} />}
      <TextInsights name={name} />
    </div>
  );
});

/**
 * What a text prints and what it contradicts, as of the last pause in typing:
 * it reads the snapshot (context.tsx), not the field, so a keystroke never
 * renders it; the figures and the 沿用上年 mark follow the form at once.
 */
const TextInsights = memo(function TextInsights({ name }: { name: TextPath }) {
  const { control } = useFormContext<Report>();
  const stored = valueAt(useSnapshot(), name);
  const text = typeof stored === "string" ? stored : "";
  const figures = useWatch({ control, name: "figures" });
  const carriedOver = useWatch({ control, name: "carriedOver" });
  const { refs, contradictions } = useMemo(
    () => ({ refs: findReferences(text), contradictions: findProseContradictions(text, figures) }),
    [text, figures],
  );
  const printed = useMemo(() => (refs.length > 0 ? segments(text, figures) : []), [refs, text, figures]);
  return (
    <div className="insights">
      {carriedOver.includes(name) && <p className="carried">沿用上年内容，尚未修改</p>}
      {refs.length > 0 && (
        <p className="references" aria-label="引用的数据">
          引用的数据：
          {printed.map((s, i) =>
            s.kind === "figure" ? (
              <span key={i} className={s.value === null ? "ref missing" : "ref"}>
                {s.label} = {s.value === null ? "待填" : formatFigureValue(s.value)}
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
    </div>
  );
});

"use client";
import { useActionState, useState } from "react";
import { FormField } from "@/components/forms/FormField";
import { KIND_LABELS, NEW_TOPIC } from "@/lib/report/custom-figures";
import type { FigureKind } from "@/lib/report/figures";
import type { CreateCustomFigureResult } from "@/lib/server/figures/create-custom-figure.schema";
import type { RemoveCustomFigureResult } from "@/lib/server/figures/remove-custom-figure.schema";
import type { UpdateCustomFigureResult } from "@/lib/server/figures/update-custom-figure.schema";
import { EMPTY_VALUES, figureFormShown, type FigureFormValues, type SumChoice } from "./figure-form-answer";

interface Option {
  value: string;
  label: string;
}

type FigureResult = CreateCustomFigureResult | UpdateCustomFigureResult;
type Action<R> = (prev: R | null, form: FormData) => Promise<R>;

/**
 * 新增 or 修改 one custom figure, with the page's action for it. Every
 * problem shows on its field; what was typed stays after a refusal. The
 * parts of a sum are listed by topic, only those of the figure's kind (a
 * rate is never a part of a sum).
 */
export function CustomFigureForm({
  action,
  id,
  initial = EMPTY_VALUES,
  topics,
  sumChoices,
}: {
  action: Action<FigureResult>;
  id?: string;
  initial?: FigureFormValues;
  topics: Option[];
  sumChoices: SumChoice[];
}) {
  const [state, formAction, pending] = useActionState<FigureResult | null, FormData>(action, null);
  const { values, errors, message } = figureFormShown(state, initial);
  return (
    <form action={formAction} aria-label={id ? "修改自定义数据项" : "新增自定义数据项"}>
      {id && <input type="hidden" name="id" value={id} />}
      {/* Drawn again from each answer: after 新增 the fields start over, after a refusal they hold what was sent. */}
      <FigureFields key={JSON.stringify(state)} values={values} errors={errors} topics={topics} sumChoices={sumChoices} />
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {state?.ok && <p role="status">自定义数据项已添加。</p>}
      <button className="primary" disabled={pending}>
        {id ? "保存修改" : "新增数据项"}
      </button>
    </form>
  );
}

/** The fields, holding `values` and showing each error under its field. */
export function FigureFields({ values: v, errors: e, topics, sumChoices }: { values: FigureFormValues; errors: Record<string, string>; topics: Option[]; sumChoices: SumChoice[] }) {
  const [kind, setKind] = useState(v.kind || "count");
  const [topic, setTopic] = useState(v.topic || topics[0]?.value || NEW_TOPIC);
  const choices = sumChoices.filter((c) => c.kind === kind);
  const groups = [...new Set(choices.map((c) => c.group))];
  return (
    <>
      <FormField label="数据项名称" name="label" defaultValue={v.label} error={e.label} maxLength={40} />
      <div className={`field${e.kind ? " invalid" : ""}`}>
        <label htmlFor="field-kind">数据类型</label>
        <select id="field-kind" name="kind" value={kind} onChange={(ev) => setKind(ev.target.value)} aria-invalid={e.kind ? true : undefined}>
          {(Object.entries(KIND_LABELS) as [FigureKind, string][]).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        {e.kind && <p className="error">{e.kind}</p>}
      </div>
      {kind === "rate" ? (
        <p className="muted">比率以百分数填写，单位为 %。</p>
      ) : (
        <FormField label="计量单位（如 件、人次、万元）" name="unit" defaultValue={v.unit} error={e.unit} maxLength={6} />
      )}
      <div className={`field${e.topic ? " invalid" : ""}`}>
        <label htmlFor="field-topic">所属主题</label>
        <select id="field-topic" name="topic" value={topic} onChange={(ev) => setTopic(ev.target.value)} aria-invalid={e.topic ? true : undefined}>
          {topics.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
          <option value={NEW_TOPIC}>新主题……</option>
        </select>
        {e.topic && <p className="error">{e.topic}</p>}
      </div>
      {topic === NEW_TOPIC && <FormField label="新主题名称" name="newTopic" defaultValue={v.newTopic} error={e.newTopic} maxLength={20} />}
      {kind !== "rate" && (
        <fieldset className={`field${e.sumOf ? " invalid" : ""}`} aria-describedby={e.sumOf ? "field-sumOf-error" : undefined}>
          <legend>为以下数据之和（可选，至少两项）</legend>
          {groups.length === 0 && <p className="muted">没有同类型的数据可选。</p>}
          {groups.map((group) => (
            <details key={group} open={choices.some((c) => c.group === group && v.sumOf.includes(c.id))}>
              <summary>{group}</summary>
              {choices
                .filter((c) => c.group === group)
                .map((c) => (
                  <label key={c.id} style={{ display: "block", fontWeight: 400 }}>
                    <input type="checkbox" name="sumOf" value={c.id} defaultChecked={v.sumOf.includes(c.id)} /> {c.label}
                  </label>
                ))}
            </details>
          ))}
          {e.sumOf && (
            <p className="error" id="field-sumOf-error" role="alert">
              {e.sumOf}
            </p>
          )}
        </fieldset>
      )}
      <FormField label="排序（数字小的在前）" name="position" inputMode="numeric" defaultValue={v.position} error={e.position} />
    </>
  );
}

/** 删除, with the reason shown when the figure cannot go (another sum counts it). */
export function RemoveFigureButton({ action, id, label }: { action: Action<RemoveCustomFigureResult>; id: string; label: string }) {
  const [state, formAction, pending] = useActionState<RemoveCustomFigureResult | null, FormData>(action, null);
  return (
    <form action={formAction} aria-label={`删除${label}`} style={{ display: "inline" }}>
      <input type="hidden" name="id" value={id} />
      <button
        className="small danger"
        disabled={pending}
        onClick={(e) => {
          if (!window.confirm(`删除后，各报告中已填写的“${label}”不再显示和校验。确定删除吗？`)) e.preventDefault();
        }}
      >
        删除
      </button>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

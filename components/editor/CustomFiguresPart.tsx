"use client";

import { memo, useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { customFigureDef, customFigurePath, runCustomFigureChecks, topicLabel, type CustomFigureDef } from "@/lib/report/custom-figures";
import type { FigureValue } from "@/lib/report/figure-value";
import type { Report } from "@/lib/report/schema";
import { FigureField } from "./figure-input";

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

/** One custom figure: its value and sum checks come from the part, as of the values now in the form. */
function CustomFigureInput({
  definition,
  messages,
  notes,
  previous,
}: {
  definition: CustomFigureDef;
  messages: readonly string[];
  notes: readonly string[];
  previous: { year: number; value: FigureValue | null } | null;
}) {
  return (
    <FigureField
      name={`customFigures.${definition.id}`}
      label={definition.label}
      unit={customFigureDef(definition).unit}
      messages={messages}
      notes={notes}
      previous={previous && previous.value !== null ? { year: previous.year, value: previous.value } : null}
    />
  );
}

import type { ActionResult } from "@/lib/server/actions/action.schema";

/** What the custom figure form's fields hold. */
export interface FigureFormValues {
  label: string;
  unit: string;
  topic: string;
  newTopic: string;
  kind: string;
  position: string;
  sumOf: string[];
}

export const EMPTY_VALUES: FigureFormValues = { label: "", unit: "", topic: "", newTopic: "", kind: "count", position: "", sumOf: [] };

/** A choice of the sum's parts: a catalogue figure or a custom one, grouped by topic label. */
export interface SumChoice {
  id: string;
  label: string;
  group: string;
  kind: string;
}

const FIELDS: readonly string[] = ["label", "kind", "unit", "topic", "newTopic", "sumOf", "position"] satisfies (keyof FigureFormValues)[];

/**
 * What the form shows once its action has answered: what was typed (the
 * answer's values; the sum's ticked boxes as sumOf, or sumOf.0, sumOf.1, …
 * when several), each issue on its field ("sumOf.3", one chosen part, on the
 * sum), and as `message` what no field shows: the answer's message, or the
 * issues on fields the form does not have (a stale figure id).
 */
export function figureFormShown(answer: ActionResult<object> | null, initial: FigureFormValues): { values: FigureFormValues; errors: Record<string, string>; message?: string } {
  if (!answer || answer.ok) return { values: initial, errors: {} };
  const sent = answer.values;
  const values = sent
    ? {
        label: sent.label ?? "",
        unit: sent.unit ?? "",
        topic: sent.topic ?? "",
        newTopic: sent.newTopic ?? "",
        kind: sent.kind ?? "",
        position: sent.position ?? "",
        sumOf: Object.entries(sent)
          .filter(([key]) => key === "sumOf" || /^sumOf\.\d+$/.test(key))
          .map(([, id]) => id),
      }
    : initial;
  const errors: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of answer.issues ?? []) {
    const field = issue.path.split(".")[0] ?? "";
    if (FIELDS.includes(field)) errors[field] ??= issue.message;
    else elsewhere.push(issue.message);
  }
  const message = answer.issues?.length ? elsewhere.join("；") || undefined : answer.message;
  return message === undefined ? { values, errors } : { values, errors, message };
}

/** What the custom figure forms send back: errors by field, and what was typed so nothing is lost. */
export interface FigureFormValues {
  label: string;
  unit: string;
  topic: string;
  newTopic: string;
  kind: string;
  position: string;
  sumOf: string[];
}

export interface FigureFormState {
  status: "idle" | "ok" | "invalid" | "refused";
  errors: Record<string, string>;
  values: FigureFormValues;
}

export const EMPTY_VALUES: FigureFormValues = { label: "", unit: "", topic: "", newTopic: "", kind: "count", position: "", sumOf: [] };

export const initialState = (values: FigureFormValues = EMPTY_VALUES): FigureFormState => ({ status: "idle", errors: {}, values });

/** A choice of the sum's parts: a catalogue figure or a custom one, grouped by topic label. */
export interface SumChoice {
  id: string;
  label: string;
  group: string;
  kind: string;
}

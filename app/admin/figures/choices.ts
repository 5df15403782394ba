import "server-only";
import { topicLabel, type CustomFigureDef } from "@/lib/report/custom-figures";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, TOPIC_KEYS } from "@/lib/report/figures";
import type { SumChoice } from "@/components/admin/figure-form-answer";

/** The topics a figure may join: the catalogue's, then those the organizations above already made. */
export function topicOptions(definitions: readonly CustomFigureDef[]): { value: string; label: string }[] {
  const own = [...new Set(definitions.map((d) => d.topic))].filter((t) => !(TOPIC_KEYS as readonly string[]).includes(t));
  return [...TOPIC_KEYS.map((t) => ({ value: t, label: FIGURE_CATALOGUE[t].label })), ...own.map((t) => ({ value: t, label: `${t}（自定义主题）` }))];
}

/** What a sum may count: every catalogue figure and the custom figures that apply, except `exceptId` itself. */
export function sumChoices(definitions: readonly CustomFigureDef[], exceptId?: string): SumChoice[] {
  return [
    ...FIGURE_ENTRIES.map((e) => ({ id: e.id, label: `${e.def.label}（${e.def.unit}）`, group: FIGURE_CATALOGUE[e.topic].label, kind: e.def.kind })),
    ...definitions
      .filter((d) => d.id !== exceptId)
      .map((d) => ({ id: d.id, label: `${d.label}（${d.unit}）`, group: `自定义：${topicLabel(d.topic)}`, kind: d.kind })),
  ];
}

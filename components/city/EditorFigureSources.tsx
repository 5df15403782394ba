import type { FigureSourceView } from "@/lib/server/collection/list-figure-sources";
import type { SetFromUnitsResult } from "@/lib/server/collection/units-sum.schema";
import { FigureSourcesPanel } from "./FigureSourcesPanel";
import { UnitsSumForm } from "./UnitsSumForm";

/** The editor's 数据来源 panel, with 设为各单位合计 for an organization that has units. */
export function EditorFigureSources({
  sources,
  figures,
  setFromUnits,
}: {
  sources: readonly FigureSourceView[];
  /** The figures that may follow the units' total; empty for an organization without units. */
  figures: readonly { id: string; label: string }[];
  setFromUnits: (prev: unknown, form: FormData) => Promise<SetFromUnitsResult>;
}) {
  return <FigureSourcesPanel sources={sources}>{figures.length > 0 && <UnitsSumForm figures={figures} action={setFromUnits} />}</FigureSourcesPanel>;
}

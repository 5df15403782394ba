import type { CustomFigureDef } from "@/lib/report/custom-figures";
import { statedFigure } from "@/lib/report/figure-sentences";
import type { Report } from "@/lib/report/schema";
import { FigureSentences } from "./FigureSentences";

/** The report page's answer to a roll-up link (?figure=…): nothing for an id the report does not know. */
export function FigureSource({ report, figureId, custom }: { report: Report; figureId: string; custom: readonly CustomFigureDef[] }) {
  const stated = statedFigure(report, figureId, custom);
  return stated ? <FigureSentences {...stated} /> : null;
}

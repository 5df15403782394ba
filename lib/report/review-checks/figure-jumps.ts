import { FIGURE_ENTRIES, figureValue, formatFigure, type Figures } from "../figures";
import type { Finding } from "./finding";

/** A change larger than this factor (either way) from last year is worth a second look. */
export const JUMP = 3;

/** Figures stated exactly in both years that grew or shrank more than threefold: often a typing error (输入错误？). */
export function figureJumpFindings(figures: Figures, previous: Figures | null): Finding[] {
  if (!previous) return [];
  const findings: Finding[] = [];
  for (const { id, def } of FIGURE_ENTRIES) {
    // Rates move within 0–100; their change is not a magnitude.
    if (def.kind === "rate") continue;
    const now = figureValue(figures, id);
    const before = figureValue(previous, id);
    if (now === null || before === null || now <= 0 || before <= 0) continue;
    const factor = now / before;
    if (factor <= JUMP && factor >= 1 / JUMP) continue;
    const change = factor > 1 ? `约为上年的${formatFigure(Math.round(factor * 10) / 10)}倍` : `仅为上年的${Math.round(factor * 100)}%`;
    findings.push({
      rule: "figureJump",
      severity: "warning",
      path: `figures.${id}`,
      message: `${def.label}由上年的${formatFigure(before)}${def.unit}变为${formatFigure(now)}${def.unit}，${change}，输入错误？请核对`,
    });
  }
  return findings;
}

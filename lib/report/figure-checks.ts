import { FIGURE_ENTRIES, storedFigure, type FigureDef, type Figures } from "./figures";
import { readFigureValue, type FigureValue } from "./figure-value";
import type { ReportIssue } from "./zod";

/**
 * Whether one value makes sense for its figure: a count is a whole number
 * of at least 0, an amount (万元) at least 0 with at most two decimals, a
 * rate a percentage 0–100 with at most two decimals, and words must say a
 * number (500余, 约30). A draft keeps whatever was typed; these are the
 * flags on the field and the refusals of 提交审核.
 */
export function figureValueMessage(def: FigureDef, value: FigureValue): string | null {
  const read = readFigureValue(value, def.unit);
  if (read.kind === "unreadable") {
    return `${def.label}“${read.text}”不是数字或约数，请填写如 500、500余、约30 的数值`;
  }
  const n = read.kind === "exact" ? read.value : read.base;
  if (n < 0) return `${def.label}不能为负数`;
  if (def.kind === "rate" && n > 100) return `${def.label}不能超过100%`;
  if (def.kind !== "rate" && n > 1_000_000_000) return `${def.label}数值过大`;
  if (read.kind !== "exact") return null;
  if (def.kind === "count" && !Number.isInteger(n)) return `${def.label}应为整数`;
  // Compare in hundredths with a tolerance: 97.44 * 100 is 9744.000000000002 in binary.
  if (Math.abs(n * 100 - Math.round(n * 100)) >= 1e-6) return `${def.label}最多保留两位小数`;
  return null;
}

export function figureValueIssues(figures: Figures): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const entry of FIGURE_ENTRIES) {
    const value = storedFigure(figures, entry.id);
    if (value === null) continue;
    const message = figureValueMessage(entry.def, value);
    if (message) issues.push({ path: `figures.${entry.id}`, message });
  }
  return issues;
}

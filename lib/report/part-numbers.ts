import { partFilled, type Part } from "./schema";

/**
 * The 一、二、… number each part prints with, in the author's order: only a
 * part that prints (it holds something) and has a heading takes a number, so
 * an empty part or a concluding paragraph leaves no gap. Null for the others.
 * The editor's outline, the preview, the PDF and every export number parts
 * through this one function.
 */
export function printedPartNumbers(parts: readonly Part[]): (number | null)[] {
  let n = 0;
  return parts.map((part) => ("heading" in part && part.heading.trim() !== "" && partFilled(part) ? ++n : null));
}

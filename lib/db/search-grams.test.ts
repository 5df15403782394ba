import { describe, expect, it } from "vitest";
import { queryGrams, textGrams } from "./search-grams";

describe("the grams a report is indexed by", () => {
  it("are every run of one to three characters within a paragraph, each the token a query of those characters looks for", () => {
    const grams = textGrams("信访工作\n𠮷A", 3);
    const tokenOf = (q: string) => queryGrams(q, 3).tokens[0];
    const expected = ["信", "信访", "信访工", "访", "访工", "访工作", "工", "工作", "作", "𠮷", "𠮷a", "a"].map(tokenOf);
    expect(grams).toEqual(expected);
    // No gram spans the line break between paragraphs.
    expect(grams).not.toContain(tokenOf("作\n"));
    expect(grams).not.toContain(tokenOf("作𠮷"));
  });

  it("find a longer query through its overlapping grams", () => {
    const grams = new Set(textGrams("全年办理行政复议案件", 3));
    const q = queryGrams("行政复议", 3);
    expect(q.exact).toBe(false);
    expect(q.tokens.every((t) => grams.has(t))).toBe(true);
  });
});

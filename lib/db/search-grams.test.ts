import { describe, expect, it } from "vitest";
import { queryGrams, textGrams } from "./search-grams";
import { queryUnitGrams, unitGrams } from "./search-unit-grams";

describe("the grams SQLite's gram table is keyed by", () => {
  it("are every run of one or two characters within a paragraph, each the token a query of those characters looks for", () => {
    const grams = textGrams("信访工作\n𠮷A", 2);
    const tokenOf = (q: string) => queryGrams(q, 2).tokens[0];
    const expected = ["信", "信访", "访", "访工", "工", "工作", "作", "𠮷", "𠮷a", "a"].map(tokenOf);
    expect(grams).toEqual(expected);
    // No gram spans the line break between paragraphs.
    expect(grams).not.toContain(tokenOf("作\n"));
    expect(grams).not.toContain(tokenOf("作𠮷"));
  });

  it("find a longer query through its overlapping grams", () => {
    const grams = new Set(textGrams("全年办理行政复议案件", 2));
    const q = queryGrams("行政复议", 2);
    expect(q.exact).toBe(false);
    expect(q.tokens.every((t) => grams.has(t))).toBe(true);
  });
});

describe("PostgreSQL's keys: code units and their pairs", () => {
  const holds = (text: string, query: string) => {
    const keys = new Set(unitGrams(text));
    return queryUnitGrams(query).keys.every((k) => keys.has(k));
  };

  it("find one- and two-character queries exactly, a character beyond the BMP and Latin letters of either case too", () => {
    const text = "信访工作\n𠮷A，";
    for (const q of ["信", "信访", "访工", "作", "𠮷", "a", "A", "，"]) {
      expect(queryUnitGrams(q).exact).toBe(true);
      expect(holds(text, q)).toBe(true);
    }
    // Nothing spans the paragraphs' line break, and the text's order counts.
    for (const q of ["作𠮷", "访信", "政", "工信"]) expect(holds(text, q)).toBe(false);
  });

  it("are distinct, sorted and never confuse a pair with a single unit", () => {
    const keys = unitGrams("法法法治");
    expect([...keys]).toEqual([...new Set(keys)].sort((a, b) => a - b));
    expect(keys.length).toBe(4); // 法, 治, 法法, 法治
    expect(queryUnitGrams("法治").keys.some((k) => k >= 0 && k < 0x10000)).toBe(false);
  });

  it("find a longer query through its pairs, which the caller checks against the text", () => {
    const q = queryUnitGrams("行政复议");
    expect(q.exact).toBe(false);
    expect(holds("全年办理行政复议案件", "行政复议")).toBe(true);
    // Candidates only: the pairs are there, the phrase is not.
    expect(holds("行政，政复，复议", "行政复议")).toBe(true);
  });
});

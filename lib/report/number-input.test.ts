import { describe, expect, it } from "vitest";
import { normalizeNumber } from "./number-input";

describe("normalizeNumber", () => {
  it("reads plain, full-width and grouped numbers", () => {
    expect(normalizeNumber("77")).toEqual({ ok: true, value: 77 });
    expect(normalizeNumber("１２")).toEqual({ ok: true, value: 12 });
    expect(normalizeNumber("50,846")).toEqual({ ok: true, value: 50846 });
    expect(normalizeNumber("５０，８４６")).toEqual({ ok: true, value: 50846 });
    expect(normalizeNumber(" 97.44 ")).toEqual({ ok: true, value: 97.44 });
    expect(normalizeNumber("９７．４４")).toEqual({ ok: true, value: 97.44 });
  });

  it("treats an empty field as not entered, never as 0", () => {
    expect(normalizeNumber("")).toEqual({ ok: true, value: null });
    expect(normalizeNumber("　 ")).toEqual({ ok: true, value: null });
    expect(normalizeNumber("0")).toEqual({ ok: true, value: 0 });
  });

  it("drops the figure's own unit pasted with the number", () => {
    expect(normalizeNumber("77起", "起")).toEqual({ ok: true, value: 77 });
    expect(normalizeNumber("41.6%", "%")).toEqual({ ok: true, value: 41.6 });
    expect(normalizeNumber("41.6％", "%")).toEqual({ ok: true, value: 41.6 });
  });

  it("keeps the sign so the schema can say that a count cannot be negative", () => {
    expect(normalizeNumber("-5")).toEqual({ ok: true, value: -5 });
  });

  it("refuses what it would have to guess, with a Chinese message naming the input", () => {
    for (const bad of ["12.3.4", "1,23", "abc", "1e3", "77件", "12 34x"]) {
      const r = normalizeNumber(bad, "起");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`“${bad}”不是有效的数字`);
    }
    expect(normalizeNumber("五十")).toEqual({ ok: false, message: "“五十”不是阿拉伯数字，请填写如 1023 的数字" });
  });
});

import { describe, expect, it } from "vitest";
import { anchorOf, locateAnchor, placeAnchor, placeOfField } from "./comment-anchor";
import { draftReportSchema } from "./schema";

const text = "全年受理行政复议案件{{reconsiderationLitigation.reconsiderationCases}}起。依法化解矛盾纠纷。依法化解矛盾纠纷，成效明显。";
const sentence = "依法化解矛盾纠纷，成效明显。";

describe("a selection comment found again by its quote and context", () => {
  const start = text.indexOf(sentence);
  const anchor = anchorOf(text, start, start + sentence.length);

  it("stays on its sentence when text is typed before it", () => {
    const edited = "新增一句。" + text;
    const at = locateAnchor(edited, anchor);
    expect(at && edited.slice(at.start, at.end)).toBe(sentence);
    expect(at?.start).toBe(start + "新增一句。".length);
  });

  it("chooses, among repeated words, the one whose surroundings match", () => {
    const repeated = "依法化解矛盾纠纷";
    const second = text.lastIndexOf(repeated);
    const a = anchorOf(text, second, second + repeated.length);
    expect(locateAnchor("前言。" + text, a)?.start).toBe(second + 3);
    const first = text.indexOf(repeated);
    expect(locateAnchor("前言。" + text, anchorOf(text, first, first + repeated.length))?.start).toBe(first + 3);
  });

  it("is orphaned when its text is deleted", () => {
    expect(locateAnchor(text.replace(sentence, ""), anchor)).toBeNull();
    expect(locateAnchor(text, { ...anchor, quote: "" })).toBeNull();
  });
});

describe("a comment's field follows its part", () => {
  const report = draftReportSchema.parse({
    header: { year: 2044 },
    parts: [
      { kind: "measures", heading: "一", intro: "", items: [{ heading: "甲", body: "第一项正文。" }, { heading: "乙", body: text }] },
      { kind: "conclusion", text: "结尾。" },
    ],
  });
  const start = text.indexOf(sentence);
  const anchor = anchorOf(text, start, start + sentence.length);
  const place = placeOfField(report, "parts.0.items.1.body");

  it("is stored relative to the part and found after the parts and items move", () => {
    expect(place.path).toMatch(/^part:/);
    expect(place.field).toBe("items.1.body");
    const moved = structuredClone(report);
    moved.parts.reverse();
    moved.parts[1]!.kind === "measures" && moved.parts[1]!.items.reverse();
    expect(placeAnchor(moved, place.path, place.field, anchor)).toEqual({ field: "parts.1.items.0.body", start, end: start + sentence.length });
  });

  it("is null when the part or the text is gone", () => {
    const gone = structuredClone(report);
    gone.parts = gone.parts.slice(1);
    expect(placeAnchor(gone, place.path, place.field, anchor)).toBeNull();
    expect(placeOfField(report, "preamble")).toEqual({ path: "preamble", field: "preamble" });
  });
});

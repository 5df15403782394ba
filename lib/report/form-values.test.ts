import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { formValuesFrom } from "./form-values";
import { finalReportSchema } from "./schema";

const laocheng = () => structuredClone(finalReportSchema.parse(fixture));

describe("formValuesFrom", () => {
  it("returns a valid draft as parsed", () => {
    expect(formValuesFrom(JSON.parse(JSON.stringify(laocheng())))).toEqual(laocheng());
  });

  it("keeps what the schema refuses but the drafter typed: a huge paste, an unknown reference", () => {
    const r = laocheng();
    const huge = "𠮷".repeat(50_000) + "<script>alert(1)</script>";
    r.preamble = huge;
    r.closing = "见{{nope.nothing}}";
    const back = formValuesFrom(JSON.parse(JSON.stringify(r)));
    expect(back?.preamble).toBe(huge);
    expect(back?.closing).toBe("见{{nope.nothing}}");
    expect(back?.parts).toEqual(r.parts);
  });

  it("refuses data that is not a report", () => {
    expect(formValuesFrom({ parts: "nope" })).toBeNull();
    expect(formValuesFrom({ surprise: 1 })).toBeNull();
  });
});

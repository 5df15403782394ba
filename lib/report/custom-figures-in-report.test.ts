import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { CITY_CUSTOM_FIGURES } from "./fixtures/city-custom-figures";
import { parseFinal } from "./final-check";
import { customTopicKey, fieldLabel, outlineParts, partForPath, partStatus } from "./outline";
import { parseReport } from "./parse";
import { finalReportSchema, type Report } from "./schema";

/** The Laocheng report as a district of the demo city writes it, with the city's figures answered. */
function report(custom: Report["customFigures"]): Report {
  const r = structuredClone(finalReportSchema.parse(fixture));
  r.figures.legalEducation.mediationCases = 1200;
  r.customFigures = custom;
  return r;
}

const SUM = "人民调解案件（1200）与行政调解案件（300）之和为1500，与化解矛盾纠纷（1400）不一致";

describe("custom figures in the outline", () => {
  it("lists each with its catalogue topic, and a topic of their own as an entry after the catalogue's", () => {
    const outline = outlineParts(report({}), CITY_CUSTOM_FIGURES);
    const entry = (path: string) => partForPath(outline, path)?.label;
    expect(entry("customFigures.adminMediation")).toBe("数据：普法与法律服务");
    expect(entry("customFigures.disputes")).toBe("数据：普法与法律服务");
    expect(entry("customFigures.villageAdvisers")).toBe("数据：重大行政决策与法律顾问");
    expect(entry("customFigures.businessComplaints")).toBe("数据：营商环境");
    const labels = outline.map((p) => p.label);
    expect(labels.indexOf("数据：营商环境")).toBe(labels.indexOf("结束语与附件") - 1);
    expect(outline.find((p) => p.label === "数据：营商环境")?.key).toBe(customTopicKey("营商环境"));
  });

  it("has no entry of its own without definitions, and leaves values nobody defines unowned", () => {
    const outline = outlineParts(report({ removed: 4 }));
    expect(outline.filter((p) => p.key.startsWith("customTopic:"))).toEqual([]);
    expect(partForPath(outline, "customFigures.removed")).toBeUndefined();
  });

  it("marks the topic written by a custom value alone, and wrong when one of its custom figures fails", () => {
    const r = report({ businessComplaints: 101 });
    const outline = outlineParts(r, CITY_CUSTOM_FIGURES);
    const business = outline.find((p) => p.key === customTopicKey("营商环境"));
    if (!business) throw new Error("no entry for 营商环境");
    const checked = parseFinal(r, CITY_CUSTOM_FIGURES);
    expect(partStatus(r, business, checked.ok ? [] : checked.issues)).toBe("problems");
    r.customFigures.businessComplaints = 98.5;
    expect(parseFinal(r, CITY_CUSTOM_FIGURES).ok).toBe(true);
    expect(partStatus(r, business, [])).toBe("complete");
  });

  it("names a custom figure's field by its definition", () => {
    expect(fieldLabel("customFigures.disputes", undefined, CITY_CUSTOM_FIGURES)).toBe("数据：化解矛盾纠纷");
    expect(fieldLabel("customFigures.unknown", undefined, CITY_CUSTOM_FIGURES)).toBe("数据：上级要求的数据");
  });
});

describe("parseFinal: the final check with the custom figures that apply", () => {
  it("passes the Laocheng report with sensible custom values, approximate ones included", () => {
    expect(parseFinal(report({ adminMediation: 300, disputes: 1500, villageAdvisers: 100 }), CITY_CUSTOM_FIGURES).ok).toBe(true);
    expect(parseFinal(report({ adminMediation: "300余", disputes: 1500 }), CITY_CUSTOM_FIGURES).ok).toBe(true);
    expect(parseFinal(report({}), CITY_CUSTOM_FIGURES).ok).toBe(true);
  });

  it("refuses a sum that does not add up and a value its kind does not allow, keyed by each field", () => {
    const result = parseFinal(report({ adminMediation: 300, disputes: 1400, villageAdvisers: 100.5 }), CITY_CUSTOM_FIGURES);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "customFigures.villageAdvisers", message: "村（社区）法律顾问覆盖率不能超过100%" },
      { path: "customFigures.disputes", message: SUM },
      { path: "figures.legalEducation.mediationCases", message: SUM },
      { path: "customFigures.adminMediation", message: SUM },
    ]);
  });

  it("lists the schema's issues and the custom figures' at once", () => {
    const r = report({ adminMediation: 2.5 });
    r.preamble = "";
    const result = parseFinal(r, CITY_CUSTOM_FIGURES);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["preamble", "customFigures.adminMediation"]);
  });

  it("is the final schema alone where no custom figure applies", () => {
    const r = report({ adminMediation: 2.5 });
    expect(parseFinal(r, [])).toEqual(parseReport(r, "final"));
    expect(parseFinal(r, []).ok).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { FormProvider, useForm } from "react-hook-form";
import type { CustomFigureDef } from "@/lib/report/custom-figures";
import { emptyReport } from "@/lib/report/defaults";
import type { Report } from "@/lib/report/schema";
import { CustomFiguresPart, type PreviousCustomFigures } from "./CustomFiguresPart";

const definitions: CustomFigureDef[] = [
  { id: "adminMediation", organizationId: "city", label: "行政调解案件", unit: "件", topic: "legalEducation", kind: "count", sumOf: [], position: 1 },
  { id: "disputes", organizationId: "city", label: "化解矛盾纠纷", unit: "件", topic: "legalEducation", kind: "count", sumOf: ["legalEducation.mediationCases", "adminMediation"], position: 2 },
  { id: "complaints", organizationId: "city", label: "涉企投诉办结率", unit: "%", topic: "营商环境", kind: "rate", sumOf: [], position: 3 },
];

function render(values: Report["customFigures"], topic: string, previousYear: PreviousCustomFigures | null = null): string {
  const report = emptyReport();
  report.figures.legalEducation.mediationCases = 1200;
  report.customFigures = values;
  function Editor() {
    const form = useForm<Report>({ defaultValues: report });
    return (
      <FormProvider {...form}>
        <CustomFiguresPart definitions={definitions} topic={topic} previousYear={previousYear} />
      </FormProvider>
    );
  }
  return renderToStaticMarkup(<Editor />);
}

const alerts = (html: string) => [...html.matchAll(/role="alert">([^<]*)</g)].map((m) => m[1]);

describe("CustomFiguresPart", () => {
  it("shows the figures of its topic with their unit and their value as written, exact or approximate", () => {
    const html = render({ adminMediation: "300余", disputes: 1500 }, "legalEducation");
    expect(html).toContain('aria-label="普法与法律服务：上级要求的数据"');
    expect(html).toMatch(/<label[^>]*>行政调解案件<\/label>.*?value="300余".*?<span class="unit">件<\/span>/);
    expect(html).toMatch(/<label[^>]*>化解矛盾纠纷<\/label>.*?value="1500"/);
    expect(html).not.toContain("涉企投诉办结率");
    // 1200 + 300余 may well be 1500: said to be unchecked, not flagged.
    expect(html).not.toContain('role="alert"');
    expect(html).toContain("含约数，未作精确核对");
    expect(render({}, "营商环境")).toMatch(/<label[^>]*>涉企投诉办结率<\/label>.*?value="".*?<span class="unit">%<\/span>/);
  });

  it("flags a sum that does not add up on every field concerned, and a value its kind does not allow", () => {
    const values = { adminMediation: 300, disputes: 1400, complaints: 101 };
    const sum = "人民调解案件（1200）与行政调解案件（300）之和为1500，与化解矛盾纠纷（1400）不一致";
    expect(alerts(render(values, "legalEducation"))).toEqual([sum, sum]);
    expect(alerts(render(values, "营商环境"))).toEqual(["涉企投诉办结率不能超过100%"]);
  });

  it("checks a sum with figures listed under another topic", () => {
    const elsewhere = definitions.map((d) => (d.id === "adminMediation" ? { ...d, topic: "营商环境" } : d));
    const report = emptyReport();
    report.figures.legalEducation.mediationCases = 1200;
    report.customFigures = { adminMediation: 300, disputes: 1400 };
    function Editor() {
      const form = useForm<Report>({ defaultValues: report });
      return (
        <FormProvider {...form}>
          <CustomFiguresPart definitions={elsewhere} topic="legalEducation" />
        </FormProvider>
      );
    }
    const html = renderToStaticMarkup(<Editor />);
    expect(html).not.toContain("行政调解案件</label>");
    expect(alerts(html)).toEqual(["人民调解案件（1200）与行政调解案件（300）之和为1500，与化解矛盾纠纷（1400）不一致"]);
  });

  it("shows last year's value beside the input", () => {
    expect(render({}, "legalEducation", { year: 2020, customFigures: { adminMediation: "800余" } })).toMatch(/title="2020年度">去年: 800余(<!-- -->)?件/);
  });

  it("shows nothing for a topic no custom figure belongs to", () => {
    expect(render({}, "petitions")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { refuse } from "@/lib/server/actions/action.schema";
import { FigureFields } from "./CustomFigureForm";
import { EMPTY_VALUES, figureFormShown, type SumChoice } from "./figure-form-answer";

const topics = [
  { value: "enforcement", label: "行政执法" },
  { value: "legalEducation", label: "普法与法律服务" },
];
const sumChoices: SumChoice[] = [
  { id: "enforcement.penalties", label: "行政处罚案件（件）", group: "行政执法", kind: "count" },
  { id: "enforcement.inspections", label: "行政检查（次）", group: "行政执法", kind: "count" },
  { id: "mediation", label: "行政调解案件（件）", group: "自定义：普法与法律服务", kind: "count" },
];

function shownAfter(answer: Parameters<typeof figureFormShown>[0]) {
  const { values, errors, message } = figureFormShown(answer, EMPTY_VALUES);
  return { html: renderToStaticMarkup(<FigureFields values={values} errors={errors} topics={topics} sumChoices={sumChoices} />), message };
}

const checked = (html: string) => [...html.matchAll(/<input type="checkbox" name="sumOf" checked="" value="([^"]+)"/g)].map((m) => m[1]);

describe("the custom figure form after a refused submit", () => {
  it("keeps what was typed, the sum's ticked parts included, and shows each problem under its field", () => {
    const answer = {
      ...refuse("invalid", "提交的内容有误，请按提示逐项修改", [
        { path: "label", message: "已有名为“涉企投诉”的自定义数据项" },
        { path: "sumOf.1", message: "合计中的数据“gone”不存在" },
      ]),
      values: { label: "涉企投诉", unit: "件", topic: "legalEducation", kind: "count", position: "4", "sumOf.0": "enforcement.penalties", "sumOf.1": "mediation" },
    };
    const { html, message } = shownAfter(answer);
    expect(html).toMatch(/name="label"[^>]*value="涉企投诉"/);
    expect(html).toMatch(/<p id="field-label-error" class="error" role="alert">已有名为“涉企投诉”的自定义数据项<\/p>/);
    expect(html).toMatch(/<option value="legalEducation" selected="">/);
    expect(html).toMatch(/name="position"[^>]*value="4"/);
    expect(checked(html)).toEqual(["enforcement.penalties", "mediation"]);
    expect(html).toContain('<p class="error" id="field-sumOf-error" role="alert">合计中的数据“gone”不存在</p>');
    // Every problem sits on a field, so no summary repeats them.
    expect(message).toBeUndefined();
  });

  it("keeps a single ticked part, and says what no field can show", () => {
    const one = shownAfter({ ...refuse("invalid", "合计至少需要选择两项数据", [{ path: "sumOf", message: "合计至少需要选择两项数据" }]), values: { sumOf: "mediation" } });
    expect(checked(one.html)).toEqual(["mediation"]);
    const staleId = shownAfter({ ...refuse("invalid", "编号有误", [{ path: "id", message: "编号有误" }]), values: { label: "甲" } });
    expect(staleId.message).toBe("编号有误");
    expect(shownAfter(refuse("forbidden", "只有本单位的管理员可以设置本单位的自定义数据项")).message).toBe("只有本单位的管理员可以设置本单位的自定义数据项");
  });
});

import { describe, expect, it } from "vitest";
import { breakUnits, chineseHyphenation, MAX_RUN } from "./line-break";

describe("breakUnits", () => {
  it("splits Chinese text into one character per unit", () => {
    expect(breakUnits("法治政府")).toEqual(["法", "治", "政", "府"]);
  });

  it("glues closing punctuation to the character before it", () => {
    expect(breakUnits("领导，深入。")).toEqual(["领", "导，", "深", "入。"]);
    expect(breakUnits("市委、市政府；")).toEqual(["市", "委、", "市", "政", "府；"]);
    expect(breakUnits("如下：")).toEqual(["如", "下："]);
    expect(breakUnits("吗？是！")).toEqual(["吗？", "是！"]);
  });

  it("glues a run of closing marks together: ”。 and ）、 and …… and ——", () => {
    expect(breakUnits("“法治”。")).toEqual(["“法", "治”。"]);
    expect(breakUnits("（一）、")).toEqual(["（一）、"]);
    expect(breakUnits("等等……")).toEqual(["等", "等……"]);
    expect(breakUnits("目标——法治")).toEqual(["目", "标——", "法", "治"]);
  });

  it("glues opening punctuation to the character after it", () => {
    expect(breakUnits("学习《民法典》")).toEqual(["学", "习", "《民", "法", "典》"]);
    expect(breakUnits("以“深入”")).toEqual(["以", "“深", "入”"]);
    expect(breakUnits("社区（村）")).toEqual(["社", "区", "（村）"]);
    expect(breakUnits("《“五个老城”》")).toEqual(["《“五", "个", "老", "城”》"]);
  });

  it("keeps numbers whole, with their decimal point and percent sign", () => {
    expect(breakUnits("信息50846条")).toEqual(["信", "息", "50846", "条"]);
    expect(breakUnits("满意率为97.44%，")).toEqual(["满", "意", "率", "为", "97.44%，"]);
    expect(breakUnits("2021年")).toEqual(["2021", "年"]);
    expect(breakUnits("41.6%")).toEqual(["41.6%"]);
    expect(breakUnits("3,000人")).toEqual(["3,000", "人"]);
  });

  it("keeps Latin words and mixed codes whole", () => {
    expect(breakUnits("APP平台")).toEqual(["APP", "平", "台"]);
    expect(breakUnits("C001-0014号")).toEqual(["C001-0014", "号"]);
  });

  it("keeps heading numbers in one piece", () => {
    expect(breakUnits("（十二）做实")).toEqual(["（十", "二）", "做", "实"]);
    expect(breakUnits("1.加强")).toEqual(["1.", "加", "强"]);
    expect(breakUnits("（1）加强")).toEqual(["（1）", "加", "强"]);
  });

  it("treats a character outside the BMP as one unit", () => {
    expect(breakUnits("𠮷野家")).toEqual(["𠮷", "野", "家"]);
    expect(breakUnits("刘䶮，")).toEqual(["刘", "䶮，"]);
    expect(breakUnits("好😀。")).toEqual(["好", "😀。"]);
  });

  it("cuts very long letter runs so they can still wrap", () => {
    const long = "A".repeat(MAX_RUN * 2 + 3);
    const units = breakUnits(long);
    expect(units).toEqual(["A".repeat(MAX_RUN), "A".repeat(MAX_RUN), "AAA"]);
  });

  it("loses and adds nothing", () => {
    const text = "2020年以来，在市委、市政府和区委的正确领导下，按照《洛阳市2020年度法治政府建设工作安排》要求，以“深入推进依法行政”为目标（见附件）……";
    expect(breakUnits(text).join("")).toBe(text);
  });

  it("never produces a unit that starts with closing or ends with opening punctuation (inside a word)", () => {
    const text = "群众满意率为97.44%，群众参评率为98.32%，网投占比70.89%。（一）“三项制度”、《民法典》：“谁执法谁普法”！";
    const units = breakUnits(text);
    for (const u of units.slice(1)) expect(u).not.toMatch(/^[，。、；：？！）》”’%]/u);
    for (const u of units) expect(u).not.toMatch(/[（《“‘]$/u);
  });
});

describe("chineseHyphenation", () => {
  it("interleaves empty strings so react-pdf breaks without drawing a hyphen", () => {
    expect(chineseHyphenation("法治，政府")).toEqual(["法", "", "治，", "", "政", "", "府", ""]);
  });

  it("returns the word as one unit when it cannot be split", () => {
    expect(chineseHyphenation("50846")).toEqual(["50846", ""]);
  });
});

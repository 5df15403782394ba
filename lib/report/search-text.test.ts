import { describe, expect, it } from "vitest";
import { checkQuery, findInText } from "./search-text";

describe("findInText", () => {
  it("finds a Chinese phrase with its position and 30 characters either side", () => {
    const text = `${"甲".repeat(40)}信访${"乙".repeat(40)}`;
    const [hit, ...rest] = findInText(text, "信访");
    expect(rest).toEqual([]);
    expect(hit).toEqual({
      index: 40,
      before: "甲".repeat(30),
      match: "信访",
      after: "乙".repeat(30),
      cutBefore: true,
      cutAfter: true,
    });
    expect(text.slice(hit!.index, hit!.index + hit!.match.length)).toBe("信访");
  });

  it("finds every occurrence, without overlaps, and keeps short texts whole", () => {
    const text = "来信52件，来电91件，信访信访。";
    const hits = findInText(text, "信访");
    expect(hits.map((h) => h.index)).toEqual([12, 14]);
    expect(hits[0]).toMatchObject({ before: "来信52件，来电91件，", after: "信访。", cutBefore: false, cutAfter: false });
    expect(findInText("aaaa", "aa").map((h) => h.index)).toEqual([0, 2]);
  });

  it("stops at the limit", () => {
    expect(findInText("访".repeat(500), "访", { limit: 7 })).toHaveLength(7);
  });

  it("counts characters outside the basic plane as one and never splits them", () => {
    const text = `${"𠮷".repeat(35)}信访${"😀".repeat(35)}`;
    const [hit] = findInText(text, "信访");
    expect(Array.from(hit!.before)).toEqual(Array(30).fill("𠮷"));
    expect(Array.from(hit!.after)).toEqual(Array(30).fill("😀"));
    expect(findInText("𠮷𠮷䶮", "䶮")[0]).toMatchObject({ before: "𠮷𠮷", match: "䶮" });
  });

  it("ignores the case of Latin letters and returns the text as written", () => {
    const [hit] = findInText("开通12345热线和App平台", "app");
    expect(hit).toMatchObject({ match: "App", before: "开通12345热线和", after: "平台" });
  });

  it("returns markup as plain data, for the page to escape", () => {
    const text = "正文<script>alert(1)</script>信访<b>粗</b>";
    const [hit] = findInText(text, "信访");
    expect(hit).toMatchObject({ before: "正文<script>alert(1)</script>", match: "信访", after: "<b>粗</b>" });
    expect(findInText(text, "<b>")[0]?.match).toBe("<b>");
  });

  it("finds nothing in an empty text or for an empty query", () => {
    expect(findInText("", "信访")).toEqual([]);
    expect(findInText("信访", "")).toEqual([]);
    expect(findInText("行政复议", "信访")).toEqual([]);
  });
});

describe("checkQuery", () => {
  it("trims and accepts 1 to 100 characters", () => {
    expect(checkQuery("  信访 ")).toEqual({ ok: true, query: "信访" });
    expect(checkQuery("𠮷".repeat(100))).toEqual({ ok: true, query: "𠮷".repeat(100) });
  });

  it("refuses empty and overlong queries with a Chinese message", () => {
    expect(checkQuery("   ")).toEqual({ ok: false, message: "请输入要搜索的文字" });
    expect(checkQuery(undefined)).toEqual({ ok: false, message: "请输入要搜索的文字" });
    expect(checkQuery("字".repeat(101))).toEqual({ ok: false, message: "搜索内容不能超过100个字" });
  });
});

import { describe, expect, it } from "vitest";
import type { PartKind } from "@/lib/report/part-catalogue";
import { classifyPart } from "./part-kinds";

const HEADINGS: ReadonlyArray<[heading: string, kind: PartKind, also: PartKind[]]> = [
  ["党政主要负责人履行推进法治建设第一责任人职责情况", "duty", []],
  ["以习近平法治思想为指引，法治建设第一责任人履职能力不断加强", "duty", []],
  ["存在的问题及原因分析", "problems", []],
  ["存在的不足和原因", "problems", []],
  ["2021年工作打算", "plans", []],
  ["2024年度工作安排", "plans", []],
  ["2021年重点任务", "plans", []],
  ["其他需要报告的情况", "otherMatters", []],
  ["高度重视，深入推进全面依法治区", "measures", []],
  ["2020年度推进法治政府建设的主要举措和成效", "measures", []],
  ["主要负责人履职中存在的问题和下一步打算", "duty", ["problems", "plans"]],
];

describe("which kind a level-1 heading opens", () => {
  it.each(HEADINGS)("“%s” → %s", (heading, kind, also) => {
    expect(classifyPart(heading, 2020)).toEqual({ kind, alsoMatched: also });
  });

  it("reads a year in the heading as next year's plans only when it is after the report's year", () => {
    expect(classifyPart("2020年重点任务", 2020).kind).toBe("measures");
    expect(classifyPart("2021年重点任务", null).kind).toBe("measures");
  });
});

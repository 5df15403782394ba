import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { carryOver } from "./carry-over";
import { draftFlags } from "./flags";
import { groupIssues, openProblems } from "./issue-groups";
import { figuresFilled, outlineParts, partForPath, partStatus } from "./outline";
import { parseReport } from "./parse";
import { proseIssues } from "./prose-numbers";
import { finalReportSchema, type Report } from "./schema";

const laocheng = () => structuredClone(finalReportSchema.parse(fixture));
const finalIssues = (r: Report) => {
  const result = parseReport(r, "final");
  return result.ok ? [] : result.issues;
};
/** Each outline entry's status as the editor computes it, from the one list of open problems. */
function statuses(r: Report) {
  const final = finalIssues(r);
  const problems = openProblems(draftFlags(r, final), proseIssues(r));
  return { problems, byKey: Object.fromEntries(outlineParts(r).map((p) => [p.key, partStatus(r, p, final, problems)])) };
}

describe("one source for every status", () => {
  it("calls a figures topic complete only when all its figures are stated", () => {
    const r = laocheng();
    const topic = outlineParts(r).find((p) => p.key === "figures.petitions");
    if (!topic) throw new Error("no 信访 entry");
    const all = figuresFilled(r, topic);
    expect(all && all.filled === all.total && all.total > 1).toBe(true);
    expect(statuses(r).byKey["figures.petitions"]).toBe("complete");
    // Every figure of the topic but one emptied: 1 of N is not 已完成.
    const petitions: Record<string, unknown> = r.figures.petitions;
    const [kept] = Object.keys(petitions);
    for (const key of Object.keys(petitions)) if (key !== kept) petitions[key] = null;
    expect(figuresFilled(r, topic)).toEqual({ filled: 1, total: all?.total });
    expect(statuses(r).byKey["figures.petitions"]).toBe("partial");
  });

  it("keeps a carried-over part 沿用上年 until its texts are edited or confirmed, never 已完成 untouched", () => {
    const next = carryOver(laocheng(), { carryTexts: true });
    const parts = outlineParts(next);
    const marked = parts.filter((p) => p.kind === "part" && next.carriedOver.some((path) => partForPath(parts, path)?.key === p.key));
    expect(marked.length).toBeGreaterThan(2);
    const before = statuses(next).byKey;
    // Untouched, none is 已完成: 沿用上年, or 有问题 where a carried reference awaits this year's figure.
    for (const p of marked) expect(["carried", "problems"], p.label).toContain(before[p.key]);
    const carriedPart = marked.find((p) => before[p.key] === "carried");
    if (!carriedPart) throw new Error("no part is only carried over");
    // Confirming clears the part's marks: the part is judged on what it holds.
    next.carriedOver = next.carriedOver.filter((path) => partForPath(parts, path)?.key !== carriedPart.key);
    expect(statuses(next).byKey[carriedPart.key]).toBe("complete");
  });

  it("marks 有问题 exactly the entries that hold an open problem, and counts the problems as they are listed", () => {
    const r = laocheng();
    // A text over its limit, and a cross-check naming several figures with one message (交办 ≠ 化解 + 未化解).
    r.figures.petitions.assigned = 10;
    r.figures.petitions.resolved = 20;
    r.preamble = "一".repeat(30_000);
    const { problems, byKey } = statuses(r);
    const parts = outlineParts(r);
    const withProblems = new Set(problems.map((i) => partForPath(parts, i.path)?.key));
    for (const part of parts) expect(byKey[part.key] === "problems", part.label).toBe(withProblems.has(part.key));
    expect(withProblems.has("preamble")).toBe(true);
    expect(withProblems.has("figures.petitions")).toBe(true);
    // The count is of messages, as listed: one cross-check over two fields is one problem.
    const groups = groupIssues(problems);
    expect(groups.length).toBeLessThan(problems.length);
    expect(groups.every((g) => g.paths.length >= 1)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { diffRuns, textDiff } from "@/lib/report/text-diff";

describe("the changes 上一处/下一处 step through", () => {
  it("makes a replaced word one change and keeps unchanged text between changes", () => {
    const before = "一、主要举措\n全年办理信访事项120件。\n二、存在的不足\n培训不够。\n三、下一年度工作安排\n加强学习。";
    const after = "一、主要举措\n全年办理信访事项150件。\n二、存在的不足\n培训不够。\n三、下一年度工作安排\n加强学习，完善制度。";
    const runs = diffRuns(textDiff(before, after));
    const changes = runs.filter((r) => r.kind === "change");
    expect(changes).toHaveLength(2);
    expect(changes[0]).toEqual({ kind: "change", parts: [{ kind: "removed", text: "2" }, { kind: "added", text: "5" }] });
    expect(changes[1]).toEqual({ kind: "change", parts: [{ kind: "added", text: "，完善制度" }] });
    // Nothing is lost: the runs spell the new text when removals are left out.
    const spelled = runs.map((r) => (r.kind === "same" ? r.text : r.parts.filter((p) => p.kind === "added").map((p) => p.text).join(""))).join("");
    expect(spelled).toBe(after);
  });

  it("finds no change in equal texts", () => {
    expect(diffRuns(textDiff("同一段文字。", "同一段文字。")).every((r) => r.kind === "same")).toBe(true);
  });
});

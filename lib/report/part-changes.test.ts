import { describe, expect, it } from "vitest";
import fixture from "./fixtures/laocheng-2020.json";
import { carryOver } from "./carry-over";
import { carriedParts, partChanges } from "./part-changes";
import { finalReportSchema } from "./schema";

const laocheng = () => structuredClone(finalReportSchema.parse(fixture));

describe("changes per part", () => {
  it("names only the parts that changed, with each field before and after, and follows a moved part by its id", () => {
    const before = laocheng();
    const after = laocheng();
    after.preamble = `${after.preamble}新增一句。`;
    // Moving the fourth part to the front changes no text.
    const [moved] = after.parts.splice(3, 1);
    if (moved) after.parts.unshift(moved);
    const changes = partChanges(before, after);
    expect(changes.map((c) => [c.label, c.change])).toEqual([["导语", "changed"]]);
    expect(changes[0]?.fields).toEqual([{ label: "导语", before: before.preamble, after: `${before.preamble}新增一句。` }]);
  });

  it("reports added and removed parts, and figures as written", () => {
    const before = laocheng();
    const after = laocheng();
    const removed = after.parts.pop();
    after.parts.push({ kind: "conclusion", id: "end", text: "下一步，我们将继续努力。" });
    after.figures.petitions.assigned = "300余";
    const changes = partChanges(before, after);
    expect(changes.find((c) => c.key === "part:end")).toMatchObject({ change: "added", fields: [{ before: "", after: "下一步，我们将继续努力。" }] });
    expect(changes.find((c) => c.key === `part:${removed?.id}`)?.change).toBe("removed");
    expect(changes.find((c) => c.key === "figures.petitions")?.fields).toEqual([
      { label: "数据：上级交办信访事项", before: String(before.figures.petitions.assigned), after: "300余" },
    ]);
  });

  it("lists the parts still carried over from last year", () => {
    const next = carryOver(laocheng(), { carryTexts: true });
    const carried = carriedParts(next);
    expect(carried).toContain("导语");
    expect(carried.length).toBeGreaterThan(3);
    next.carriedOver = [];
    expect(carriedParts(next)).toEqual([]);
  });
});

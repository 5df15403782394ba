import { describe, expect, it } from "vitest";
import laocheng2020 from "./fixtures/laocheng-2020.json";
import { carryOver } from "./carry-over";
import { movedIndex, pathsAfterInsert, pathsAfterMove, pathsAfterRemove } from "./list-paths";
import { valueAt } from "./paths";
import { draftReportSchema, type Report } from "./schema";

const lastYear = draftReportSchema.parse(laocheng2020);
/** Next year's report with every text carried over: each carried path names a text. */
const carried = () => carryOver(lastYear, { carryTexts: true });

function moveInArray<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [moved] = out.splice(from, 1);
  if (moved !== undefined) out.splice(to, 0, moved);
  return out;
}

/** Each carried path with the text it names: what a move must leave unchanged. */
const marked = (report: Report) => report.carriedOver.map((path) => valueAt(report, path)).sort();

describe("movedIndex", () => {
  it("follows an array move: the moved element lands at `to`, the ones between close up", () => {
    const letters = ["a", "b", "c", "d", "e"];
    for (let from = 0; from < letters.length; from++) {
      for (let to = 0; to < letters.length; to++) {
        const moved = moveInArray(letters, from, to);
        letters.forEach((letter, i) => expect(moved[movedIndex(i, from, to)]).toBe(letter));
      }
    }
  });
});

describe("pathsAfterMove", () => {
  it("keeps every carried-over mark on its text, whichever part moves where", () => {
    const report = carried();
    const before = marked(report);
    expect(before.length).toBeGreaterThan(30);
    const n = report.parts.length;
    for (let from = 0; from < n; from++) {
      for (let to = 0; to < n; to++) {
        const moved: Report = {
          ...report,
          parts: moveInArray(report.parts, from, to),
          carriedOver: pathsAfterMove(report.carriedOver, "parts", from, to),
        };
        expect(marked(moved)).toEqual(before);
      }
    }
  });

  it("moves the duty part first: its texts are now under parts.0, the measures one further down", () => {
    const report = carried();
    const duty = report.parts.findIndex((p) => p.kind === "duty");
    expect(duty).toBe(3);
    const paths = pathsAfterMove(["preamble", "parts.3.intro", "parts.3.items.1.body", "parts.0.items.0.body", "parts.30.intro"], "parts", duty, 0);
    expect(paths).toEqual(["preamble", "parts.0.intro", "parts.0.items.1.body", "parts.1.items.0.body", "parts.30.intro"]);
  });

  it("remaps items inside one part and leaves other parts' items alone", () => {
    const paths = pathsAfterMove(["parts.2.items.0.body", "parts.2.items.7.body", "parts.20.items.0.body", "parts.1.items.0.body"], "parts.2.items", 7, 0);
    expect(paths).toEqual(["parts.2.items.1.body", "parts.2.items.0.body", "parts.20.items.0.body", "parts.1.items.0.body"]);
  });
});

describe("pathsAfterRemove and pathsAfterInsert", () => {
  it("drops the removed part's marks, closes the gap, and an undo puts everything back", () => {
    const report = carried();
    const { kept, removed } = pathsAfterRemove(report.carriedOver, "parts", 1);
    expect(removed).toEqual([".items.0.body", ".items.1.body"]);
    expect(kept).toContain("parts.1.items.7.body"); // was parts.2.items.7.body
    expect(kept).not.toContain("parts.5.items.4.body"); // the last part is now parts.4
    const parts = report.parts.filter((_, i) => i !== 1);
    expect(marked({ ...report, parts, carriedOver: kept })).toEqual(marked({ ...report, carriedOver: report.carriedOver.filter((p) => !p.startsWith("parts.1.")) }));

    const undone = pathsAfterInsert(kept, "parts", 1, removed);
    expect([...undone].sort()).toEqual([...report.carriedOver].sort());
  });

  it("shifts the marks of the parts after a newly added one", () => {
    expect(pathsAfterInsert(["parts.0.intro", "parts.1.intro", "closing"], "parts", 1)).toEqual(["parts.0.intro", "parts.2.intro", "closing"]);
  });
});

import { describe, expect, it } from "vitest";
import { draftReportSchema } from "@/lib/report/schema";
import { numberOffer } from "./number-offer";

const { figures } = draftReportSchema.parse({ header: { year: 2044 }, figures: { petitions: { letters: 77, calls: 77, backlogCases: "70余" }, reconsiderationLitigation: { reconsiderationCases: 15 } } });

describe("the offer to bind a typed number to a figure", () => {
  it("offers every figure whose value is the number just typed, full-width digits too", () => {
    const offer = numberOffer("收到群众来信77", figures);
    expect(offer?.typed).toBe("77");
    expect(offer?.start).toBe(6);
    expect(offer?.figures.toSorted()).toEqual(["petitions.calls", "petitions.letters"]);
    expect(numberOffer("办理复议１５", figures)?.figures).toEqual(["reconsiderationLitigation.reconsiderationCases"]);
  });

  it("offers nothing for a number no figure states exactly, part of a longer number or a decimal, or no number", () => {
    expect(numberOffer("积案70", figures)).toBeNull();
    expect(numberOffer("共177", figures)).toBeNull();
    expect(numberOffer("增长0.77", figures)).toBeNull();
    expect(numberOffer("收到群众来信", figures)).toBeNull();
  });
});

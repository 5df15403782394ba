import { describe, expect, it } from "vitest";
import { allPatchedPackages, parsePatchFileName, patchedPackages } from "./unpatched";

describe("patch file names, as patch-package 8 writes them", () => {
  it("reads a scoped and an unscoped package, with and without a sequence", () => {
    expect(parsePatchFileName("@react-pdf+layout+5.2.0.patch")).toEqual({ name: "@react-pdf/layout", sequence: 0, behaviour: false });
    expect(parsePatchFileName("fontkit+2.0.4.patch")).toEqual({ name: "fontkit", sequence: 0, behaviour: false });
    expect(parsePatchFileName("@react-pdf+textkit+7.0.1+001+speed.patch")).toEqual({ name: "@react-pdf/textkit", sequence: 1, behaviour: false });
    expect(parsePatchFileName("@react-pdf+textkit+7.0.1+002+behaviour-cjk-justify-digits.patch")).toEqual({ name: "@react-pdf/textkit", sequence: 2, behaviour: true });
  });

  it("groups textkit's two patches under one package, speed first, and still reverses its speed patch", () => {
    const textkit = allPatchedPackages().find((p) => p.name === "@react-pdf/textkit");
    expect(textkit?.patches.map((p) => [p.path.split("/").at(-1), p.behaviour])).toEqual([
      ["@react-pdf+textkit+7.0.1+001+speed.patch", false],
      ["@react-pdf+textkit+7.0.1+002+behaviour-cjk-justify-digits.patch", true],
    ]);
    expect(patchedPackages().map((p) => p.name)).toContain("@react-pdf/textkit");
  });
});

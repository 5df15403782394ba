import { describe, expect, it } from "vitest";
import { signatureIndents, textWidth } from "./signature";

/** Where a line's first character starts, counted in characters from the left edge of a 28-character line. */
const start = (text: string, rightIndent: number) => 28 - rightIndent - textWidth(text);

describe("signature and date (GB/T 9704 7.3.5.2)", () => {
  it("counts digits as half a character", () => {
    expect(textWidth("2021年2月24日")).toBe(6.5);
  });

  it("starts the date two characters right of a longer signature, the signature two from the edge", () => {
    const [sig, date] = ["洛阳市老城区人民政府", "2021年2月24日"];
    const at = signatureIndents(sig, date);
    expect(at.signature).toBe(2);
    expect(start(date, at.date) - start(sig, at.signature)).toBe(2);
  });

  it("keeps the date two from the edge and moves a short signature left", () => {
    const [sig, date] = ["司法局", "2021年12月24日"];
    const at = signatureIndents(sig, date);
    expect(at.date).toBe(2);
    expect(start(date, at.date) - start(sig, at.signature)).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { unknownReferenceMessage } from "./references";

describe("a reference to a figure the catalogue does not have", () => {
  it("names the topic it was in, in words, never the raw id", () => {
    const message = unknownReferenceMessage("petitions.nonexistent");
    expect(message).toBe("引用了“信访”中一个已删除或不存在的数据项，请删除这处引用，或用“插入数据”重新引用");
    expect(message).not.toContain("petitions");
  });

  it("says only that the item is gone when not even its topic is known", () => {
    const message = unknownReferenceMessage("cases.total");
    expect(message).toBe("引用了一个已删除或不存在的数据项，请删除这处引用，或用“插入数据”重新引用");
    expect(message).not.toMatch(/[a-z]/);
  });
});

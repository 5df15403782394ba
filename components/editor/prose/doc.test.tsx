import { describe, expect, it } from "vitest";
import { getSchema } from "@tiptap/core";
import { docToText, plainPaste, posToStored, storedLength, storedToPos, textToDoc } from "./doc";
import { proseExtensions } from "./extensions";
import { FigureValues } from "./figure-token";

const schema = getSchema(proseExtensions(new FigureValues()));
const roundTrip = (text: string) => docToText(schema.nodeFromJSON(textToDoc(text)));

describe("the prose editor's document and the stored text", () => {
  it("turns references into tokens and back, paragraph by paragraph", () => {
    const text = "共接收行政诉讼案件{{reconsiderationLitigation.lawsuits}}起。\n\n第二段{{petitions.letters}}";
    const doc = schema.nodeFromJSON(textToDoc(text));
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).child(1).type.name).toBe("figureRef");
    expect(docToText(doc)).toBe(text);
    expect(storedLength(doc)).toBe(text.length);
  });

  it("keeps an unknown reference, empty text and trailing breaks as typed", () => {
    for (const text of ["", "{{nope.none}}未知", "a\n", "\n", "{{petitions.letters}}"]) expect(roundTrip(text)).toBe(text);
  });
});

describe("pasting from WPS/Word", () => {
  it("keeps words and paragraph breaks, drops blank lines and typed indents", () => {
    expect(plainPaste("　　第一段。\r\n\r\n　　第二段，\t含制表符。\r\n")).toBe("第一段。\n第二段， 含制表符。");
  });
});

describe("stored offsets and editor positions", () => {
  it("map both ways across tokens and paragraph breaks", () => {
    const text = "甲{{petitions.letters}}乙丙\n丁戊";
    const doc = schema.nodeFromJSON(textToDoc(text));
    const token = "{{petitions.letters}}".length;
    // 甲 at pos 1, the token at 2, 乙 at 3; the first paragraph closes at 6, so the second one’s 丁 is at 7.
    expect(storedToPos(doc, 0)).toBe(1);
    expect(storedToPos(doc, 1 + token)).toBe(3);
    expect(storedToPos(doc, text.indexOf("丁"))).toBe(7);
    for (const offset of [0, 1, 1 + token, 2 + token, text.indexOf("丁"), text.length]) expect(posToStored(doc, storedToPos(doc, offset))).toBe(offset);
    expect(doc.textBetween(storedToPos(doc, text.indexOf("乙")), storedToPos(doc, text.indexOf("丙") + 1))).toBe("乙丙");
  });
});

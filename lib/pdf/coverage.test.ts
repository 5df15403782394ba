import { describe, expect, it } from "vitest";
import { partOf } from "@/lib/report/test-parts";
import { textFields } from "@/lib/report/walk";
import { checkCoverage, ROLE_OF_STYLE } from "./coverage";
import { laocheng, renderToFile } from "./testing/fixtures";
import { pdfFonts, pdfText } from "./testing/poppler";

/** The Laocheng report with rare characters written into its first item and its title. */
function withRareCharacters() {
  const report = laocheng();
  const item = partOf(report, "measures").items[0];
  if (!item) throw new Error("fixture has no first item");
  item.body = `${item.body}吉野家的“𠮷”与南汉刘䶮的“䶮”都要印出来，表情😀和👍也不能是空框。`;
  report.header.title = `${report.header.title}𠮷`;
  return report;
}

describe("checkCoverage", () => {
  it("passes the Laocheng report: its fonts have every character", async () => {
    expect((await checkCoverage(laocheng())).missing).toEqual([]);
  });

  it("lists the characters the role faces lack, with the fields they occur in", async () => {
    const { missing } = await checkCoverage(withRareCharacters());
    const tsuchi = missing.find((m) => m.char === "𠮷");
    expect(tsuchi).toMatchObject({ codePoint: "U+20BB7" });
    // Both the body (仿宋 role) and the title (小标宋 role) lack it in the shipped Noto faces.
    expect(tsuchi?.paths).toEqual(expect.arrayContaining(["parts.0.items.0.body", "header.title"]));
    expect(tsuchi?.roles).toEqual(expect.arrayContaining(["fangsong", "xiaobiaosong"]));
    // LXGW WenKai (installed with fonts-lxgw-wenkai) has it and prints it.
    expect(tsuchi?.fallback?.name).toMatch(/WenKai/i);
    expect(missing.map((m) => m.char)).toEqual(expect.arrayContaining(["😀", "👍"]));
  });

  it("checks each text with the face that prints it", () => {
    const role = new Map(textFields(laocheng()).map((f) => [f.path, ROLE_OF_STYLE[f.style]]));
    expect(role.get("header.title")).toBe("xiaobiaosong");
    // Part 四 is the duty part: its heading is a level-1 heading (黑体) wherever the part stands.
    expect(role.get("parts.3.heading")).toBe("heiti");
    expect(role.get("parts.5.heading")).toBe("heiti");
    expect(role.get("parts.2.items.7.heading")).toBe("kaiti");
    expect(role.get("parts.4.items.0.heading")).toBe("kaiti");
    expect(role.get("parts.2.items.7.body")).toBe("fangsong");
  });
});

describe("a report with characters its fonts lack, as PDF", () => {
  it("prints each one through a fallback face, or as a visible code when no installed font has it — never as an empty box", async () => {
    const report = withRareCharacters();
    const { missing } = await checkCoverage(report);
    const file = await renderToFile("rare", report);
    const text = pdfText(file);
    expect(text).toContain("𠮷");
    for (const m of missing) {
      if (m.fallback) expect(text, `${m.char} through ${m.fallback.name}`).toContain(m.char);
      else expect(text, `${m.char} has no font`).toContain(`〔${m.codePoint}〕`);
    }
    expect(pdfFonts(file).some((f) => /WenKai/i.test(f.name))).toBe(true);
    for (const f of pdfFonts(file)) expect(f).toMatchObject({ embedded: true, subset: true });
  });
});

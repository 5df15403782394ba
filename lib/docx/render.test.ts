import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { finalReportSchema, type Report } from "@/lib/report/schema";
import { reportBlocks } from "@/lib/report/blocks";
import { blockText } from "@/lib/report/text";
import { renderReportDocx } from "./render";
import { zipEntry } from "./testing/zip";

const laocheng = finalReportSchema.parse(fixture);
const withTail: Report = {
  ...laocheng,
  attachments: ["2020年度法治政府建设数据表", "依法行政考核情况。"],
  header: { ...laocheng.header, signatory: "洛阳市老城区人民政府", distribution: { copyTo: "区委办公室", issuer: "老城区人民政府办公室", issuedOn: "2021-02-25" } },
};

interface Para {
  style: string;
  text: string;
  xml: string;
}

/** The body's paragraphs as Word stores them: style id, text (line breaks as \n) and the raw XML. */
function paragraphs(documentXml: string): Para[] {
  const body = documentXml.replace(/<w:sectPr>[\s\S]*<\/w:sectPr>/, "");
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const xml = m[1] ?? "";
    const text = [...xml.matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[0] === "<w:br/>" ? "\n" : t[0] === "<w:tab/>" ? "\t" : (t[1] ?? "")))
      .join("");
    return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? "", text, xml };
  });
}

async function docx(report: Report) {
  const bytes = await renderReportDocx(report);
  return { document: zipEntry(bytes, "word/document.xml"), styles: zipEntry(bytes, "word/styles.xml"), bytes };
}

describe("the DOCX of the Laocheng report", () => {
  it("has every block of the report, in the report's order, in its style", async () => {
    const { document } = await docx(laocheng);
    const paras = paragraphs(document);
    const expected = reportBlocks(laocheng).map(blockText);
    // The title is one paragraph whose lines are breaks; the PDF breaks it at the same place.
    expect(paras[0]).toMatchObject({ style: "GwTitle", text: "洛阳市老城区人民政府关于2020年度\n法治政府建设工作情况的报告" });
    expect(paras.map((p) => p.text.replace(/\n/g, ""))).toEqual(expected);
    expect(paras[1]).toMatchObject({ style: "GwAddressee", text: "洛阳市人民政府：" });
    expect(paras.filter((p) => p.style === "GwHeading1").map((p) => p.text.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
    expect(paras.find((p) => p.text === "特此报告。")?.style).toBe("GwBody");
  });

  it("runs a (一) heading into its paragraph in 楷体, the body continuing in 仿宋", async () => {
    const { document } = await docx(laocheng);
    const led = paragraphs(document).find((p) => p.text.startsWith("（一）"));
    expect(led?.style).toBe("GwBody");
    expect(led?.xml).toMatch(/^<w:pPr><w:pStyle w:val="GwBody"\/><w:widowControl w:val="false"\/><\/w:pPr><w:r><w:rPr><w:rFonts w:ascii="楷体_GB2312"[^>]*w:eastAsia="楷体_GB2312"[^>]*\/><\/w:rPr><w:t[^>]*>（一）[^<]*<\/w:t><\/w:r><w:r><w:t/);
  });

  it("gives each role its face and size, and the body a two-character first-line indent", async () => {
    const { styles } = await docx(laocheng);
    const style = (id: string) => new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? "";
    expect(style("GwTitle")).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(style("GwTitle")).toMatch(/<w:jc w:val="center"\/>/);
    expect(style("GwTitle")).toMatch(/<w:sz w:val="44"\/>/);
    expect(style("Normal")).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(style("Normal")).toMatch(/<w:sz w:val="32"\/>/);
    expect(style("GwBody")).toMatch(/<w:ind w:firstLine="632" w:firstLineChars="200"\/>/);
    expect(style("GwHeading1")).toMatch(/w:eastAsia="黑体"/);
    expect(style("GwPageNumber")).toMatch(/w:eastAsia="宋体"/);
    expect(style("GwPageNumber")).toMatch(/<w:sz w:val="28"\/>/);
  });

  it("names 仿宋 and 楷体 as the faces to use where the _GB2312 ones are missing", async () => {
    const { bytes } = await docx(laocheng);
    const fonts = zipEntry(bytes, "word/fontTable.xml");
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  it("sets A4 with the 公文 margins and a 22-line grid", async () => {
    const { document } = await docx(laocheng);
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(document)?.[0] ?? "";
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37 / 26 / 35 / 28 mm in twips.
    expect(sect).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(sect).toMatch(/<w:docGrid w:type="lines" w:linePitch="579" w:charSpace="-842"\/>/);
    // 22 lines of 579 twips fit the 225 mm type area; 23 would not.
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(23 * 579).toBeGreaterThan(16838 - 2098 - 1984);
  });

  it("numbers odd pages on the right and even pages on the left, one character in", async () => {
    const { document, bytes } = await docx(laocheng);
    expect(zipEntry(bytes, "word/settings.xml")).toMatch(/<w:evenAndOddHeaders\/>/);
    const refs = Object.fromEntries([...document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(refs).sort()).toEqual(["default", "even"]);
    const rels = zipEntry(bytes, "word/_rels/document.xml.rels");
    const footer = (id: string | undefined) => zipEntry(bytes, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ""}`);
    const odd = footer(refs.default);
    const even = footer(refs.even);
    expect(odd).toMatch(/<w:jc w:val="right"\/>/);
    expect(odd).toMatch(/<w:ind w:right="280"\/>/);
    expect(even).toMatch(/<w:jc w:val="left"\/>/);
    expect(even).toMatch(/<w:ind w:left="280"\/>/);
    for (const f of [odd, even]) expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]* —<\/w:t>/);
  });
});

describe("the DOCX's tail", () => {
  it("prints the attachment note, signature, date and 版记 in order", async () => {
    const { document } = await docx(withTail);
    const tail = paragraphs(document).slice(-7);
    expect(tail.map((p) => p.text)).toEqual([
      "特此报告。",
      "附件：1.2020年度法治政府建设数据表",
      "2.依法行政考核情况",
      "洛阳市老城区人民政府",
      "2021年2月24日",
      "抄送：区委办公室。",
      "老城区人民政府办公室\t2021年2月25日印发",
    ]);
  });

  it("starts the date two characters right of the signature (7.3.5.2)", async () => {
    const { document } = await docx(withTail);
    const right = (text: string) => Number(/<w:ind w:right="(\d+)"\/>/.exec(paragraphs(document).find((p) => p.text === text)?.xml ?? "")?.[1]);
    // Signature 10 characters at 2 from the edge; the date (6.5) ends 3.5 from the edge, starting 2 right of the signature.
    expect(right("洛阳市老城区人民政府")).toBe(632);
    expect(right("2021年2月24日")).toBe(Math.round(3.5 * (8845 / 28)));
  });
});

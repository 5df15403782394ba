import { readFileSync } from "node:fs";
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import fixture from "@/lib/report/fixtures/laocheng-2020.json";
import { finalReportSchema } from "@/lib/report/schema";
import { reportText } from "@/lib/report/text";
import { importReportFile } from "./import-file";
import { IMPORT_MESSAGES, MAX_FILE_BYTES } from "./messages";
import { lostText, partOf, partsOf } from "./test-helpers";

const SEED = readFileSync(new URL("../../../shared/seeds/001_efeafa978d3d8b2d.txt", import.meta.url), "utf8");
// The printed document starts at the addressee: the website's publication header is not part of it.
const BODY = SEED.slice(SEED.indexOf("洛阳市人民政府:"));
const OPTIONS = { organizationName: "洛阳市老城区人民政府", organizationShortName: "老城区" };
const expected = finalReportSchema.parse(fixture);
const utf8 = (s: string) => new TextEncoder().encode(s);

// A 1×1 PNG: enough for Word to hold an image the importer must step over.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const TABLE_CELLS = ["指标", "数量", "行政诉讼案件", "77起", "行政复议案件", "9起"];

/** The Laocheng text as a Word document, with a title, an image after the first part and a table of figures. */
async function laochengDocx(): Promise<Buffer> {
  const lines = BODY.split("\n").map((l) => l.trim()).filter(Boolean);
  const paragraphs: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("洛阳市老城区人民政府")] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("关于2020年度法治政府建设工作情况的报告")] }),
  ];
  for (const line of lines) {
    paragraphs.push(new Paragraph({ children: [new TextRun(line)] }));
    if (line.startsWith("二、")) {
      paragraphs.push(new Paragraph({ children: [new ImageRun({ type: "png", data: PNG, transformation: { width: 40, height: 40 } })] }));
    }
    if (line.startsWith("(八)")) {
      const row = (a: string, b: string) =>
        new TableRow({ children: [a, b].map((t) => new TableCell({ children: [new Paragraph(t)] })) });
      paragraphs.push(new Table({ rows: [0, 2, 4].map((i) => row(TABLE_CELLS[i] ?? "", TABLE_CELLS[i + 1] ?? "")) }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

describe("importing a .docx", () => {
  it("reads the Laocheng report from Word, with its two-line title, image and table", async () => {
    const bytes = await laochengDocx();
    const result = await importReportFile(bytes, "老城区2020年度报告.docx", OPTIONS);
    if (!result.ok) throw new Error(result.message);
    const { report } = result;
    expect(report.header.title).toBe("洛阳市老城区人民政府\n关于2020年度法治政府建设工作情况的报告");
    expect(report.header.addressee).toBe("洛阳市人民政府");
    expect(report.parts.map((p) => p.kind)).toEqual(["measures", "measures", "measures", "duty", "problems", "plans"]);
    expect(partOf(report, "problems").items).toHaveLength(5);
    expect(report.header.date).toBe("2021-02-24");
    // The table follows item (八) and is kept as one paragraph per row, in its body.
    const item8 = partsOf(report, "measures")[2]?.items[7];
    expect(item8?.body.split("\n").slice(-3)).toEqual(["指标｜数量", "行政诉讼案件｜77起", "行政复议案件｜9起"]);
    expect(result.warnings.some((w) => w.includes("表格"))).toBe(true);
    // Apart from the title's line break and the table rows, it prints as the fixture does.
    const printed = reportText(report).replace("洛阳市老城区人民政府\n关于", "洛阳市老城区人民政府关于");
    expect(printed.replace(/\n指标｜数量\n行政诉讼案件｜77起\n行政复议案件｜9起/, "")).toBe(reportText(expected));
  });

  it("loses no text of the document, table cells included", async () => {
    const result = await importReportFile(await laochengDocx(), "report.DOCX", OPTIONS);
    if (!result.ok) throw new Error(result.message);
    const source = ["洛阳市老城区人民政府", "关于2020年度法治政府建设工作情况的报告", BODY, ...TABLE_CELLS].join("\n");
    expect(lostText(source, result.report, result.unrecognised).missing).toEqual([]);
  });

  it("refuses a binary file named .docx with a clear message", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await importReportFile(bytes, "report.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.badDocx });
  });

  it("refuses a damaged .docx (a ZIP header and nothing valid after it)", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(2000).fill(0x41)]);
    expect(await importReportFile(bytes, "report.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.badDocx });
  });

  it("tells an old .doc (or encrypted file) renamed to .docx apart", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(512)]);
    expect(await importReportFile(bytes, "report.docx")).toEqual({ ok: false, message: IMPORT_MESSAGES.legacyDoc });
  });
});

describe("importing a .txt", () => {
  it("refuses an empty file and a file of blank lines", async () => {
    expect(await importReportFile(new Uint8Array(0), "report.txt")).toEqual({ ok: false, message: IMPORT_MESSAGES.empty });
    expect(await importReportFile(utf8("\n \r\n\u3000\n"), "report.txt")).toEqual({ ok: false, message: IMPORT_MESSAGES.empty });
  });

  it("refuses binary content, text without any Chinese, other extensions and files over 10 MB", async () => {
    expect(await importReportFile(PNG, "report.txt")).toEqual({ ok: false, message: IMPORT_MESSAGES.notText });
    expect(await importReportFile(utf8("Annual report 2020\nAll good."), "report.txt")).toEqual({
      ok: false,
      message: IMPORT_MESSAGES.noChinese,
    });
    const pdf = await importReportFile(utf8("%PDF-1.7"), "report.pdf");
    expect(pdf.ok === false && pdf.message).toContain("“.pdf”");
    expect(await importReportFile(utf8(SEED), "report")).toMatchObject({ ok: false });
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(await importReportFile(big, "report.txt")).toEqual({ ok: false, message: IMPORT_MESSAGES.tooBig });
  });

  it("reads UTF-8 with a BOM, UTF-16 from Notepad and GBK from Chinese Windows alike", async () => {
    const plain = await importReportFile(utf8(SEED), "a.txt", OPTIONS);
    const bom = await importReportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SEED)]), "a.txt", OPTIONS);
    const utf16 = await importReportFile(
      new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(SEED, "utf16le"))]),
      "a.txt",
      OPTIONS,
    );
    // "一、加强领导，深化法治\n（一）规范行政执法。共接收行政诉讼案件77起。" in GBK (Node has no GBK encoder).
    const gbk = Buffer.from(
      "d2bba1a2bcd3c7bfc1ecb5bca3acc9eebbafb7a8d6ce0aa3a8d2bba3a9b9e6b7b6d0d0d5fed6b4b7a8a1a3b9b2bdd3cad5d0d0d5fecbdfcbcfb0b8bcfe3737c6f0a1a30a",
      "hex",
    );
    const gbkResult = await importReportFile(gbk, "gbk.txt");
    for (const r of [plain, bom, utf16]) {
      if (!r.ok) throw new Error(r.message);
      expect(reportText(r.report)).toBe(reportText(expected));
    }
    if (!gbkResult.ok) throw new Error(gbkResult.message);
    const measures = partOf(gbkResult.report, "measures");
    expect(measures.heading).toBe("加强领导，深化法治");
    expect(measures.items[0]?.heading).toBe("规范行政执法");
    expect(gbkResult.proposals[0]).toMatchObject({ figureId: "reconsiderationLitigation.lawsuits", value: 77 });
  });
});

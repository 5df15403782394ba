import { AlignmentType, convertMillimetersToTwip, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IParagraphOptions } from "docx";
import { reportBlocks, type Block } from "@/lib/report/blocks";
import type { Report } from "@/lib/report/schema";

/**
 * The same document as a DOCX built from the same blocks, set to the same
 * GB/T 9704 numbers (A4, 37/28 mm margins, 3号 on a 28.99 pt grid), for the
 * LibreOffice comparison. Benchmark only: the app's DOCX export is separate.
 */
const LINE = Math.round((225 / 22) * 56.6929); // one grid line in twips (1 mm = 56.69 twips)
const CHAR = Math.round((156 / 28) * 56.6929);
const half = (pt: number) => pt * 2; // docx sizes are in half-points

const run = (text: string, font: string, size = 16) => new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: half(size) });
const para = (children: TextRun[], extra: Omit<IParagraphOptions, "children"> = {}) =>
  new Paragraph({ children, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED, ...extra });

function blockParagraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case "title":
      return block.lines.map((l) => para([run(l, "方正小标宋简体", 22)], { alignment: AlignmentType.CENTER }));
    case "addressee":
      return [para([]), para([run(block.text, "仿宋")])];
    case "heading":
      return [para([run(block.number + block.text, "黑体")], { indent: { firstLine: 2 * CHAR } })];
    case "paragraph": {
      const lead = block.lead ? [run(block.lead.number + block.lead.text, block.lead.level === 2 ? "楷体" : "仿宋")] : [];
      return [para([...lead, run(block.text, "仿宋")], { indent: { firstLine: 2 * CHAR } })];
    }
    case "closing":
      return [para([run(block.text, "仿宋")], { indent: { firstLine: 2 * CHAR } })];
    case "attachments":
      return [para([]), ...block.items.map((a, i) => para([run((i === 0 ? "附件：" : "　　　") + a, "仿宋")], { indent: { left: 2 * CHAR } }))];
    case "signature":
      return [para([]), para([run(block.text, "仿宋")], { alignment: AlignmentType.RIGHT, indent: { right: 2 * CHAR } })];
    case "date":
      return [para([run(block.text, "仿宋")], { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR } })];
  }
}

export async function laochengDocx(report: Report): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(37),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
              bottom: convertMillimetersToTwip(35),
              footer: convertMillimetersToTwip(28),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: half(14) })] })],
          }),
        },
        children: reportBlocks(report).flatMap(blockParagraphs),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

import { Document, DocumentGridType, Packer } from "docx";
import { reportBlocks } from "@/lib/report/blocks";
import type { Report } from "@/lib/report/schema";
import { distributionParagraphs } from "./distribution";
import { fontTableXml } from "./fonts";
import { pageFooters } from "./footer";
import { CHAR_SPACE, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE } from "./geometry";
import { blockParagraphs } from "./paragraphs";
import { documentStyles } from "./styles";

/**
 * The report as a GB/T 9704 Word document for WPS and Word: the same blocks
 * as the PDF and the preview (reportBlocks), on A4 with the 公文 margins, a
 * 22 × 28 document grid, the role faces and odd/even page numbers.
 */
export async function renderReportDocx(report: Report): Promise<Buffer> {
  const { title, organizationName, year } = report.header;
  const doc = new Document({
    title: title.replace(/\s+/g, ""),
    creator: organizationName || "法治年报",
    subject: year ? `${year}年度法治政府建设年度报告` : "法治政府建设年度报告",
    styles: documentStyles,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: MARGIN.top / 2, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: pageFooters(),
        children: [...blockParagraphs(reportBlocks(report)), ...distributionParagraphs(report.header.distribution)],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}

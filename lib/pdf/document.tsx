import { Document, Page } from "@react-pdf/renderer";
import type { Block } from "@/lib/report/blocks";
import type { Report } from "@/lib/report/schema";
import { PAGE_SIZE } from "./grid";
import { FiguresAppendix } from "./parts/appendix";
import { Attachments } from "./parts/attachments";
import { Addressee, Heading, Paragraph } from "./parts/body";
import { Distribution, hasDistribution } from "./parts/distribution";
import { Masthead } from "./parts/masthead";
import type { LoadedFont } from "./fonts/register";
import { PageNumbers, type NumeralFont } from "./parts/page-number";
import { Signature } from "./parts/signature";
import { Title } from "./parts/title";
import { Watermark } from "./parts/watermark";
import { documentStyles, type FontStacks } from "./styles";
import type { PdfVersion } from "./version";

export interface DocumentProps {
  report: Report;
  /** The report as blocks (reportBlocks), with the attachment note already extended by the options. */
  blocks: Block[];
  fonts: FontStacks;
  /** Makes text printable: drops invisible marks, replaces characters no font has with a visible code. */
  print: (text: string) => string;
  draft: boolean;
  /** Number of the figures appendix among the attachments; undefined for none. */
  appendixNumber?: number;
  figuresAppendix: boolean;
  /** The loaded 宋体 face for the page numbers. */
  numeralFont: NumeralFont;
  /** The loaded 黑体 face for the draft watermark. */
  watermarkFont: LoadedFont;
  /** The 报送版 prints the 版头 above the title; the 公开版 does not. */
  version: PdfVersion;
}

/**
 * The whole document, top to bottom in GB/T 9704 order, drawn from the
 * report's blocks: the blocks fix order, numbering and wording, this file
 * only chooses the part that prints each one.
 */
export function ReportDocument({ report, blocks, fonts, print, draft, appendixNumber, figuresAppendix, numeralFont, watermarkFont, version }: DocumentProps) {
  const styles = documentStyles(fonts);
  const common = { styles, print };
  const signature = blocks.find((b) => b.kind === "signature")?.text;
  const date = blocks.find((b) => b.kind === "date")?.text;
  const distribution = report.header.distribution;
  const { title, organizationName, year } = report.header;
  // Lines after the closing: attachment note (a blank line and its names), blank line, signature, date.
  const attachments = blocks.find((b) => b.kind === "attachments");
  const tailLines = (attachments ? 1 + attachments.items.length : 0) + (signature || date ? 1 : 0) + (signature ? 1 : 0) + (date ? 1 : 0);
  return (
    <Document title={title.replace(/\s+/g, "")} author={organizationName} subject={year ? `${year}年度法治政府建设年度报告` : "法治政府建设年度报告"} creator="法治年报" producer="法治年报" language="zh-CN">
      <Page size={PAGE_SIZE} style={styles.page}>
        {draft ? <Watermark font={watermarkFont} /> : null}
        {version === "submission" ? <Masthead organ={report.header.signatory.trim()} documentNumber={report.header.documentNumber.trim()} signer={report.header.signer.trim()} fonts={fonts} print={print} /> : null}
        {blocks.map((block, i) => {
          switch (block.kind) {
            case "title":
              return <Title key={i} lines={block.lines} {...common} />;
            case "addressee":
              return <Addressee key={i} text={block.text} {...common} />;
            case "heading":
              return <Heading key={i} number={block.number} text={block.text} {...common} />;
            case "paragraph":
              return <Paragraph key={i} lead={block.lead} text={block.text} {...common} />;
            case "closing":
              // The closing line (特此报告。) is an ordinary indented paragraph that keeps the signature company.
              return <Paragraph key={i} text={block.text} keepWithNext={tailLines} {...common} />;
            case "attachments":
              return <Attachments key={i} items={block.items} {...common} />;
            case "signature":
              return <Signature key={i} signature={signature} date={date} {...common} />;
            case "date":
              // Printed with the signature, which it must never be parted from.
              return signature ? null : <Signature key={i} date={date} {...common} />;
          }
        })}
        {figuresAppendix ? <FiguresAppendix report={report} number={appendixNumber} styles={styles} fonts={fonts} /> : null}
        {hasDistribution(distribution) ? <Distribution distribution={distribution} fonts={fonts} print={print} /> : null}
        <PageNumbers font={numeralFont} />
      </Page>
    </Document>
  );
}

/** The document element, ready for renderToBuffer. */
export const reportDocument = (props: DocumentProps) => <ReportDocument {...props} />;

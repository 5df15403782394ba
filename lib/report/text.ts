import { reportBlocks, type Block } from "./blocks";
import type { Report } from "./schema";

/** One block as a line of plain text, the way the report is published on a website. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "title":
      return block.lines.join("");
    case "heading":
      return block.number + block.text;
    case "paragraph":
      return (block.lead ? block.lead.number + block.lead.text : "") + block.text;
    case "attachments":
      // 附件：1.…… then 2.…… on the following lines
      return block.items.map((a, i) => (i === 0 ? "附件：" : "") + (block.items.length > 1 ? `${i + 1}.` : "") + a).join("\n");
    default:
      return block.text;
  }
}

/** The whole report as plain text, one paragraph a line. */
export function reportText(report: Report): string {
  return reportBlocks(report).map(blockText).join("\n");
}

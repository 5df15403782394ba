import { TextRun, type Paragraph } from "docx";
import type { Block } from "@/lib/report/blocks";
import { titleLines } from "@/lib/pdf/title-lines";
import { FACE, runFont } from "./fonts";
import { chars, CHARS_PER_LINE, SIZE } from "./geometry";
import { signatureIndents } from "./signature";
import { BLANK_LINE_ABOVE, para, STYLE } from "./styles";

/** How many 2号 characters a title line holds, as the PDF counts them (lib/pdf/parts/title.tsx). */
const TITLE_MAX = Math.floor((CHARS_PER_LINE * (SIZE.body / 2)) / (SIZE.title / 2)) - 1;

/**
 * §7.3.1: one centred paragraph; its lines, the drafter's own and those
 * broken like the PDF's, are line breaks inside it, so Word keeps the title
 * one paragraph.
 */
function title(lines: string[]): Paragraph {
  const children = titleLines(lines, TITLE_MAX).map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1 }));
  return para({ style: STYLE.title, children });
}

/** §7.3.4: "附件：1.名称", further names on their own lines aligned with the first; no final punctuation. */
function attachments(items: string[]): Paragraph[] {
  const numbered = items.length > 1;
  return items.map(
    (name, i) =>
      para({
        style: STYLE.attachments,
        // The first name hangs after 附件：, which sits two characters in, one blank line under the body.
        ...(i === 0 ? { spacing: BLANK_LINE_ABOVE } : { indent: { left: chars(5), hanging: 0 } }),
        text: `${i === 0 ? "附件：" : ""}${numbered ? `${i + 1}.` : ""}${name.replace(/[。；，、.;,]+$/u, "")}`,
      }),
  );
}

/** §7.3.5.2: the signature one blank line under what precedes it, the date on the next line. */
function signature(sig: string | undefined, date: string | undefined): Paragraph[] {
  const at = signatureIndents(sig ?? "", date ?? "");
  const out: Paragraph[] = [];
  if (sig) out.push(para({ style: STYLE.signature, spacing: BLANK_LINE_ABOVE, indent: { right: chars(at.signature) }, text: sig }));
  if (date) out.push(para({ style: STYLE.signature, ...(sig ? {} : { spacing: BLANK_LINE_ABOVE }), indent: { right: chars(at.date) }, text: date }));
  return out;
}

/**
 * The report's blocks as Word paragraphs, in the blocks' order: the
 * numbering and wording come from reportBlocks, as in the PDF and preview.
 */
export function blockParagraphs(blocks: readonly Block[]): Paragraph[] {
  const sig = blocks.find((b) => b.kind === "signature")?.text;
  const date = blocks.find((b) => b.kind === "date")?.text;
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case "title":
        return [title(block.lines)];
      case "addressee":
        return [para({ style: STYLE.addressee, text: block.text })];
      case "heading":
        return [para({ style: STYLE.heading1, text: block.number + block.text })];
      case "paragraph": {
        if (!block.lead) return [para({ style: STYLE.body, text: block.text })];
        // A (一) lead runs into its paragraph in 楷体; 1. and (1) leads stay in the body face.
        const lead = new TextRun({ text: block.lead.number + block.lead.text, ...(block.lead.level === 2 ? { font: runFont(FACE.kaiti) } : {}) });
        return [para({ style: STYLE.body, children: block.text ? [lead, new TextRun(block.text)] : [lead] })];
      }
      case "closing":
        return [para({ style: STYLE.body, keepNext: true, text: block.text })];
      case "attachments":
        return attachments(block.items);
      case "signature":
        return signature(sig, date);
      case "date":
        // Set with the signature, which it never parts from.
        return sig ? [] : signature(undefined, date);
    }
  });
}

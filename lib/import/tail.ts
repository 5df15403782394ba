import { MAX_LINE } from "@/lib/report/parts";
import { parseDate } from "./dates";
import {
  attachmentOf,
  copyToOf,
  isClosing,
  isOrganLine,
  isTitlePrefixLine,
  issuedOf,
  numberedAttachment,
} from "./document-lines";
import type { SourceLine } from "./lines";
import type { UnrecognisedLine } from "./types";

/**
 * What follows the body: 特此报告。, the 附件 note, the signing organ, the
 * date (成文日期), and on printed copies the 版记 (抄送, 印发). The web copy of
 * the Laocheng report ends "特此报告。" / "2021年2月24日" with no organ name.
 */
export interface Tail {
  closing: string;
  signatory: string[];
  date: string;
  attachments: string[];
  copyTo: string;
  issuer: string;
  issuedOn: string;
  unrecognised: UnrecognisedLine[];
}

/**
 * Where the tail begins: at the last 特此报告。; without one, at a date line
 * among the last lines (with the organ lines just above it). A date in the
 * middle of the text is a paragraph, not the date of the report.
 */
export function tailStart(lines: readonly SourceLine[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isClosing(lines[i]?.text ?? "")) return i;
  }
  const last = lines.length - 1;
  for (let i = last; i >= Math.max(0, last - 3); i--) {
    if (parseDate(lines[i]?.text ?? "") === null) continue;
    let from = i;
    while (from > 0 && i - from < 3 && isOrganLine(lines[from - 1]?.text ?? "")) from -= 1;
    return from;
  }
  return lines.length;
}

export function readTail(lines: readonly SourceLine[]): Tail {
  const tail: Tail = {
    closing: "",
    signatory: [],
    date: "",
    attachments: [],
    copyTo: "",
    issuer: "",
    issuedOn: "",
    unrecognised: [],
  };
  let inAttachments = false;

  for (const { no, text } of lines) {
    const unrecognised = (reason: string) => tail.unrecognised.push({ line: no, text, reason });
    const wasInAttachments = inAttachments;
    inAttachments = false;
    if (text.length > MAX_LINE) {
      unrecognised("位于结束语之后，且过长");
      continue;
    }
    const attachment = attachmentOf(text);
    const numbered = wasInAttachments ? numberedAttachment(text) : null;
    const date = parseDate(text);
    const copyTo = copyToOf(text);
    const issued = issuedOf(text);

    if (isClosing(text) && !tail.closing) tail.closing = text;
    else if (date && !tail.date) tail.date = date;
    else if (attachment !== null) {
      tail.attachments.push(attachment);
      inAttachments = true;
    } else if (numbered !== null) {
      tail.attachments.push(numbered);
      inAttachments = true;
    } else if (copyTo !== null && !tail.copyTo) tail.copyTo = copyTo;
    else if (issued && !tail.issuer) Object.assign(tail, issued);
    // The signing organ stands above the date; after the closing any short plain line there is it.
    else if (!tail.date && isTitlePrefixLine(text) && tail.signatory.length < 3) tail.signatory.push(text);
    else if (/^[（(]此件.*[）)]$/.test(text)) unrecognised("附注（此件…）：报告中没有对应的项，请核对");
    else unrecognised("位于结束语之后，无法识别");
  }
  return tail;
}

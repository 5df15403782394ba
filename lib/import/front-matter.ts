import {
  addresseeOf,
  isDocumentNumber,
  isTitleLine,
  isTitlePrefixLine,
  publicationField,
} from "./document-lines";
import type { SourceLine } from "./lines";
import type { UnrecognisedLine } from "./types";

/**
 * Everything before the first heading: the website's publication header, the
 * 文号, the title, the addressee and the preamble (导语).
 *
 * A published report reads: header fields, (title), "洛阳市人民政府：", then
 * the preamble ending in 现将…报告如下：. The addressee is the anchor: lines
 * after it are the preamble; lines before it that are neither header nor
 * title are not recognised. Without an addressee (news articles, drafts) the
 * only safe reading is that all the text is preamble.
 */
export interface FrontMatter {
  disclosure: string;
  publishedOn: string;
  indexNumber: string;
  documentNumber: string;
  /** 发文机关 from the website header, a fallback for the signatory. */
  issuer: string;
  /** Title lines joined by "\n" (the drafter's line break in the printed title). */
  title: string;
  addressee: string;
  preamble: string[];
  unrecognised: UnrecognisedLine[];
}

/** Long text or a full stop: once such a line has been seen, a later short "xxx：" line is not the addressee. */
const isProse = (text: string) => text.length > 60 || text.includes("。");

export function readFrontMatter(lines: readonly SourceLine[]): FrontMatter {
  const front: FrontMatter = {
    disclosure: "",
    publishedOn: "",
    indexNumber: "",
    documentNumber: "",
    issuer: "",
    title: "",
    addressee: "",
    preamble: [],
    unrecognised: [],
  };
  const rest: SourceLine[] = [];
  const filled = new Set<string>();

  for (const line of lines) {
    const field = publicationField(line.text);
    // The same field twice is not a header any more; the second copy stays text.
    if (field && !filled.has(field.field)) {
      filled.add(field.field);
      front[field.field] = field.value;
    } else if (isDocumentNumber(line.text) && !front.documentNumber) {
      front.documentNumber = line.text;
    } else {
      rest.push(line);
    }
  }

  let addresseeAt = -1;
  for (let i = 0; i < rest.length; i++) {
    const text = rest[i]?.text ?? "";
    const names = addresseeOf(text);
    if (names !== null) {
      addresseeAt = i;
      front.addressee = names;
      break;
    }
    if (isProse(text)) break;
  }

  const before = addresseeAt >= 0 ? rest.slice(0, addresseeAt) : rest;
  const titleLines = findTitle(before, addresseeAt >= 0);
  front.title = titleLines.map((l) => l.text).join("\n");
  const isTitle = new Set(titleLines);

  if (addresseeAt >= 0) {
    for (const line of before) {
      if (!isTitle.has(line)) {
        front.unrecognised.push({ line: line.no, text: line.text, reason: "位于主送机关之前，既不是标题也不是发布信息" });
      }
    }
    front.preamble = rest.slice(addresseeAt + 1).map((l) => l.text);
  } else {
    front.preamble = rest.filter((l) => !isTitle.has(l)).map((l) => l.text);
  }
  return front;
}

/**
 * The title line names a 报告; up to two short lines right above it are its
 * first words. With an addressee the title is the last such line before it;
 * without one, only the very first lines of the document can be a title.
 */
function findTitle(before: readonly SourceLine[], hasAddressee: boolean): SourceLine[] {
  let at = -1;
  if (hasAddressee) {
    for (let i = before.length - 1; i >= 0; i--) {
      if (isTitleLine(before[i]?.text ?? "")) {
        at = i;
        break;
      }
    }
  } else {
    at = before.slice(0, 3).findIndex((l) => isTitleLine(l.text));
  }
  if (at < 0) return [];
  let from = at;
  while (from > 0 && at - from < 2 && isTitlePrefixLine(before[from - 1]?.text ?? "")) from -= 1;
  return before.slice(from, at + 1);
}

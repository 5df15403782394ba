import type { JSONContent } from "@tiptap/core";
import type { Fragment, Node as PMNode } from "@tiptap/pm/model";
import { isFigureId } from "@/lib/report/figures";
import { findReferences, referenceToken } from "@/lib/report/references";

/**
 * The prose editor shows a text as paragraphs of plain text and figure
 * tokens; the report model stores it as one string, one paragraph a line,
 * each figure as `{{id}}`. These two functions are the only bridge: the
 * editor converts on load and on every change, so the PDF, search and
 * checks keep reading the stored form, unchanged.
 */
export const FIGURE_NODE = "figureRef";

/** One line of stored text as inline content: literal runs and tokens. An unknown `{{x}}` stays literal text, so nothing typed is lost. */
function inline(line: string): JSONContent[] {
  const out: JSONContent[] = [];
  let last = 0;
  const push = (text: string) => text !== "" && out.push({ type: "text", text });
  for (const ref of findReferences(line)) {
    if (!isFigureId(ref.id)) continue;
    push(line.slice(last, ref.index));
    out.push({ type: FIGURE_NODE, attrs: { id: ref.id } });
    last = ref.index + ref.length;
  }
  push(line.slice(last));
  return out;
}

export function paragraphsContent(text: string): JSONContent[] {
  return text.split("\n").map((line) => {
    const content = inline(line);
    return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
  });
}

export function textToDoc(text: string): JSONContent {
  return { type: "doc", content: paragraphsContent(text) };
}

const nodeText = (node: PMNode) => (node.isText ? (node.text ?? "") : node.type.name === FIGURE_NODE ? tokenOf(node) : "");

/** A paragraph back to its stored line. */
export function inlineText(node: PMNode): string {
  let s = "";
  node.forEach((child) => (s += nodeText(child)));
  return s;
}

/** Copied content in the stored form (so a token pasted into another field stays a token): inline nodes of one line, or paragraphs. */
export function fragmentText(fragment: Fragment): string {
  const lines: string[] = [];
  let inline = "";
  fragment.forEach((n) => (n.isBlock ? lines.push(inlineText(n)) : (inline += nodeText(n))));
  return lines.length > 0 ? lines.join("\n") : inline;
}

function tokenOf(node: PMNode): string {
  const id: unknown = node.attrs.id;
  return typeof id === "string" && isFigureId(id) ? referenceToken(id) : "";
}

export function docToText(doc: PMNode): string {
  const lines: string[] = [];
  doc.forEach((paragraph) => lines.push(inlineText(paragraph)));
  return lines.join("\n");
}

/**
 * The length of a node's stored form, without building it: the counter and
 * the hard limit count `{{id}}` tokens and line breaks as the server does.
 */
export function storedLength(doc: PMNode): number {
  let n = Math.max(0, doc.childCount - 1);
  doc.descendants((node) => {
    if (node.isText) n += node.text?.length ?? 0;
    else if (node.type.name === FIGURE_NODE) n += tokenOf(node).length;
    return true;
  });
  return n;
}

/**
 * Text pasted from WPS/Word, a web page or a mail: its words and paragraph
 * breaks, nothing else. Windows line ends become breaks, blank lines between
 * paragraphs go (the document spaces paragraphs itself), and the first-line
 * indent typed as spaces (“　　”) goes, since the PDF indents every paragraph.
 * Tabs and other breaks inside a line become a space.
 */
export function plainPaste(text: string): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u000b\u000c\u2028\u2029]/g, "\n")
    .split("\n")
    .map((l) => l.replace(/^[\s\u3000]+/, "").replace(/[\s\u3000]+$/, "").replace(/\t/g, " "))
    .filter((l) => l !== "");
  return lines.join("\n");
}

/** The editor position of an offset in the stored text (an offset inside a token's `{{id}}` falls on the token's edge). */
export function storedToPos(doc: PMNode, offset: number): number {
  let remaining = offset;
  let pos = 0;
  for (let p = 0; p < doc.childCount; p++) {
    const paragraph = doc.child(p);
    let inner = pos + 1;
    for (let c = 0; c < paragraph.childCount; c++) {
      const child = paragraph.child(c);
      const stored = nodeText(child).length;
      if (remaining <= stored) return inner + (child.isText ? remaining : remaining === 0 ? 0 : 1);
      remaining -= stored;
      inner += child.nodeSize;
    }
    if (remaining === 0 || p === doc.childCount - 1) return inner;
    remaining -= 1; // the line break between paragraphs
    pos += paragraph.nodeSize;
  }
  return pos;
}

/** The stored-text offset of an editor position. */
export function posToStored(doc: PMNode, pos: number): number {
  let offset = 0;
  let at = 0;
  for (let p = 0; p < doc.childCount; p++) {
    const paragraph = doc.child(p);
    let inner = at + 1;
    for (let c = 0; c < paragraph.childCount; c++) {
      const child = paragraph.child(c);
      if (pos <= inner) return offset;
      if (pos < inner + child.nodeSize) return offset + (child.isText ? pos - inner : nodeText(child).length);
      offset += nodeText(child).length;
      inner += child.nodeSize;
    }
    if (pos <= inner + 1) return offset;
    offset += 1;
    at += paragraph.nodeSize;
  }
  return offset;
}

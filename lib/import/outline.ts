import { headingLine, LEAD_MAX, splitLead, type HeadingLevel } from "./headings";
import type { SourceLine } from "./lines";

/**
 * The body of a report as a tree of numbered headings, before anything is
 * known about which part is which. Every line lands somewhere: a heading
 * opens a node, any other line is a paragraph of the deepest open node.
 */
export interface OutlineNode {
  /** The number as written ("（一）", "1、"), for folding a node back into prose. */
  number: string;
  heading: string;
  /** Paragraphs after the heading, the first one being the rest of the heading's line. */
  body: string[];
  /** The source line of each paragraph of `body`, for messages about a paragraph that is moved. */
  bodyLines: number[];
  line: number;
}
export interface OutlineSub extends OutlineNode {
  leaves: OutlineNode[];
}
export interface OutlineItem extends OutlineNode {
  subs: OutlineSub[];
}
export interface OutlinePart extends OutlineNode {
  items: OutlineItem[];
}

/** A level-2 heading before any level-1 heading opens a part without a heading of its own. */
export interface Outline {
  parts: OutlinePart[];
  /** Chinese notes about lines the outline had to interpret. */
  warnings: string[];
}

const node = (number: string, heading: string, rest: string, line: number): OutlineNode => ({
  number,
  heading,
  body: rest ? [rest] : [],
  bodyLines: rest ? [line] : [],
  line,
});

/** The first body line: the first level-1 or level-2 heading. Everything before it is front matter. */
export function bodyStart(lines: readonly SourceLine[]): number {
  return lines.findIndex((l) => {
    const h = headingLine(l.text);
    return h !== null && h.level <= 2;
  });
}

export function outline(lines: readonly SourceLine[]): Outline {
  const parts: OutlinePart[] = [];
  const warnings: string[] = [];
  let part: OutlinePart | undefined;
  let item: OutlineItem | undefined;
  let sub: OutlineSub | undefined;
  let leaf: OutlineNode | undefined;
  let continued = false;

  const openPart = (number: string, heading: string, rest: string, line: number) => {
    part = { ...node(number, heading, rest, line), items: [] };
    parts.push(part);
    item = sub = leaf = undefined;
    return part;
  };
  const openItem = (number: string, heading: string, rest: string, line: number) => {
    const p = part ?? openPart("", "", "", line);
    item = { ...node(number, heading, rest, line), subs: [] };
    p.items.push(item);
    sub = leaf = undefined;
    return item;
  };
  const openSub = (number: string, heading: string, rest: string, line: number) => {
    // 1. straight under a part: an item with no heading and no text of its own holds it.
    const it = item ?? openItem("", "", "", line);
    // Some reports number 1. 2. … on across their （一） items; the export numbers each item's from 1.
    const n = Number(/\d+/.exec(number)?.[0] ?? "1");
    if (it.subs.length === 0 && n > 1 && !continued) {
      continued = true;
      warnings.push(`第${line}行：原文的“1.”“2.”…跨（一）（二）连续编号，导出时每个（一）下从“1.”重新编号，请核对`);
    }
    sub = { ...node(number, heading, rest, line), leaves: [] };
    it.subs.push(sub);
    leaf = undefined;
    return sub;
  };
  const openLeaf = (number: string, heading: string, rest: string, line: number) => {
    // （1） straight under （一） is common; an empty level-3 holder keeps it printed as （1）.
    const s = sub ?? openSub("", "", "", line);
    leaf = node(number, heading, rest, line);
    s.leaves.push(leaf);
  };
  const open: Record<HeadingLevel, typeof openLeaf> = { 1: openPart, 2: openItem, 3: openSub, 4: openLeaf };

  for (const { no, text } of lines) {
    const h = headingLine(text);
    if (!h) {
      const target = leaf ?? sub ?? item ?? part;
      if (target) {
        target.body.push(text);
        target.bodyLines.push(no);
      } else openPart("", "", text, no);
      continue;
    }
    if (h.level === 2 && !part) {
      warnings.push(`第${no}行：二级标题“${h.number}”出现在第一个一级标题之前，已放入一个没有标题的工作举措部分，请补上标题`);
    }
    const lead = splitLead(h.text);
    if (lead.noHeading) {
      warnings.push(`第${no}行：“${h.number}”后的第一句超过${LEAD_MAX}字，不像标题，整段作为正文导入`);
    }
    open[h.level](h.number, lead.heading, lead.rest, no);
  }
  return { parts, warnings };
}

/** A node's body as stored text: paragraphs joined by newlines, as the model keeps them. */
export const joinBody = (paragraphs: readonly string[]) => paragraphs.join("\n");

/** A node written back as the prose it came from: "1.标题。正文", for parts that have no sub-items. */
export function nodeProse(n: OutlineNode): string[] {
  const [first = "", ...rest] = n.body;
  const lead = n.heading ? `${n.heading}${/[！？：；。]$/.test(n.heading) || !first ? "" : "。"}` : "";
  const head = `${n.number}${lead}${first}`;
  return head ? [head, ...rest] : rest;
}

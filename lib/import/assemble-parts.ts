import { PART_CATALOGUE, type PartKind, type SectionKind } from "@/lib/report/part-catalogue";
import type { PartInput } from "@/lib/report/schema";
import { splitCause } from "./causes";
import { takeConclusion } from "./conclusion";
import { joinBody, nodeProse, type OutlineItem, type OutlinePart } from "./outline";
import { classifyPart, quotedName } from "./part-kinds";

/**
 * Maps the outline's level-1 parts onto the report's list of parts, one for
 * one and in the source's order: the author's order is the report's order,
 * and the export numbers 一、二、… as the source did. Ids are left to the
 * draft schema's defaults.
 */
type SectionInput = Extract<PartInput, { kind: SectionKind }>;
type ItemInput = NonNullable<SectionInput["items"]>[number];
type ProblemInput = NonNullable<Extract<PartInput, { kind: "problems" }>["items"]>[number];

export interface AssembledParts {
  parts: PartInput[];
  warnings: string[];
}

const toItem = (it: OutlineItem): ItemInput => ({
  heading: it.heading,
  body: joinBody(it.body),
  subItems: it.subs.map((s) => ({
    heading: s.heading,
    body: joinBody(s.body),
    subItems: s.leaves.map((l) => ({ heading: l.heading, body: joinBody(l.body) })),
  })),
});

/** An item's 1. and （1） written back as the prose they came from, numbers and all. */
const subProse = (it: OutlineItem) => it.subs.flatMap((s) => [...nodeProse(s), ...s.leaves.flatMap(nodeProse)]);
const itemProse = (it: OutlineItem) => [...nodeProse(it), ...subProse(it)];

/** A problem has no sub-items: numbered points inside it stay prose, numbers and all. */
function toProblem(it: OutlineItem, warnings: string[]): ProblemInput {
  const paragraphs = [...it.body, ...subProse(it)];
  const { description, cause, found } = splitCause(joinBody(paragraphs));
  if (!found) warnings.push(`第${it.line}行：问题“${it.heading || description.slice(0, 20)}”没有写“原因分析”，原因留空，请补写`);
  return { heading: it.heading, description, cause };
}

const section = (kind: SectionKind) => (part: OutlinePart): PartInput => ({
  kind,
  heading: part.heading,
  intro: joinBody(part.body),
  items: part.items.map(toItem),
});

/** How an outline part becomes a part of each kind: a map over the catalogue, so no kind is forgotten. */
const BUILD: Readonly<Record<PartKind, (part: OutlinePart, warnings: string[]) => PartInput>> = {
  measures: section("measures"),
  duty: section("duty"),
  plans: section("plans"),
  otherMatters: section("otherMatters"),
  problems: (part, warnings) => {
    if (part.items.length === 0 && part.body.length) {
      warnings.push(`第${part.line}行：${quotedName("problems")}部分没有（一）（二）分项，内容放在该部分的导语中，请拆分为问题及原因`);
    }
    return { kind: "problems", heading: part.heading, intro: joinBody(part.body), items: part.items.map((it) => toProblem(it, warnings)) };
  },
  // No heading opens a conclusion (classifyPart never answers it); were one to, its whole text is kept as written.
  conclusion: (part) => ({ kind: "conclusion", text: joinBody([part.heading, ...part.body, ...part.items.flatMap(itemProse)].filter(Boolean)) }),
};

export function assembleParts(outlineParts: readonly OutlinePart[], year: number | null): AssembledParts {
  const warnings: string[] = [];
  // Taken out first: the paragraph stands after the last part, not inside its last item.
  const conclusion = takeConclusion(outlineParts, year);
  const seen = new Set<PartKind>();
  const parts = outlineParts.map((part) => {
    const { kind, alsoMatched } = classifyPart(part.heading, year);
    if (alsoMatched.length) {
      const others = alsoMatched.map(quotedName).join("、");
      warnings.push(`第${part.line}行：标题“${part.heading}”也像${others}部分，已作为${quotedName(kind)}部分导入`);
    }
    // Nothing is merged: a second part of a kind a report usually has once stays where it was, to be checked.
    if (seen.has(kind) && !PART_CATALOGUE[kind].repeatable) {
      warnings.push(`第${part.line}行：“${part.heading}”是又一个${quotedName(kind)}部分，已按原文作为单独的部分导入，请核对是否应合并`);
    }
    seen.add(kind);
    return BUILD[kind](part, warnings);
  });
  if (conclusion) {
    parts.push({ kind: "conclusion", text: joinBody(conclusion.paragraphs) });
    const opening = conclusion.paragraphs[0] ?? "";
    warnings.push(
      `第${conclusion.line}行：最后一部分之后的段落“${opening.slice(0, 20)}……”已作为${quotedName("conclusion")}导入（印在“特此报告”之前，不编号）；如它属于上一事项，请移回`,
    );
  }
  return { parts, warnings };
}

import { splitCause } from "./causes";
import { joinBody, nodeProse, type OutlineItem, type OutlinePart } from "./outline";
import { classifyPart, PART_LABEL, PART_ORDER, type PartKind } from "./part-kinds";

/**
 * Maps the outline's level-1 parts onto the report model: every measures part
 * in order, then the one duty, problems, plans and other-matters part each.
 * The shapes below are the draft schema's input; ids are left to its defaults.
 */
export interface LeafInput {
  heading: string;
  body: string;
}
export interface SubItemInput extends LeafInput {
  subItems: LeafInput[];
}
export interface ItemInput extends LeafInput {
  subItems: SubItemInput[];
}
export interface SectionInput {
  heading: string;
  intro: string;
  items: ItemInput[];
}
export interface ProblemInput {
  heading: string;
  description: string;
  cause: string;
}
export interface ProblemSectionInput {
  heading: string;
  intro: string;
  items: ProblemInput[];
}

export interface AssembledParts {
  measures: SectionInput[];
  duty?: SectionInput;
  problems?: ProblemSectionInput;
  plans?: SectionInput;
  otherMatters?: SectionInput;
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

const toSection = (p: OutlinePart): SectionInput => ({ heading: p.heading, intro: joinBody(p.body), items: p.items.map(toItem) });

/** A problem has no sub-items: numbered points inside it stay prose, numbers and all. */
function toProblem(it: OutlineItem, warnings: string[]): ProblemInput {
  const paragraphs = [...it.body, ...it.subs.flatMap((s) => [...nodeProse(s), ...s.leaves.flatMap(nodeProse)])];
  const { description, cause, found } = splitCause(joinBody(paragraphs));
  if (!found) warnings.push(`第${it.line}行：问题“${it.heading || description.slice(0, 20)}”没有写“原因分析”，原因留空，请补写`);
  return { heading: it.heading, description, cause };
}

export function assembleParts(parts: readonly OutlinePart[], year: number | null): AssembledParts {
  const out: AssembledParts = { measures: [], warnings: [] };
  const seen: PartKind[] = [];

  for (const part of parts) {
    const { kind, alsoMatched } = classifyPart(part.heading, year);
    seen.push(kind);
    if (alsoMatched.length) {
      const others = alsoMatched.map((k) => `“${PART_LABEL[k]}”`).join("、");
      out.warnings.push(`第${part.line}行：标题“${part.heading}”也像${others}部分，已作为“${PART_LABEL[kind]}”部分导入`);
    }
    if (kind === "measures") {
      out.measures.push(toSection(part));
    } else if (kind === "problems") {
      addProblems(out, part);
    } else {
      addSection(out, kind, part);
    }
  }

  const ranks = seen.map((k) => PART_ORDER.indexOf(k));
  if (ranks.some((r, i) => i > 0 && r < (ranks[i - 1] ?? 0))) {
    out.warnings.push("原文各部分的顺序与报告模板不同，导入后已按模板顺序排列：工作举措、第一责任人职责、存在问题、工作打算、其他情况");
  }
  return out;
}

/**
 * The model holds one duty, plans and other-matters part. A second part of the
 * same kind is merged into the first: its heading and introduction become an
 * item, its items follow, so nothing of it is lost.
 */
function addSection(out: AssembledParts, kind: Exclude<PartKind, "measures" | "problems">, part: OutlinePart) {
  const existing = out[kind];
  if (!existing) {
    out[kind] = toSection(part);
    return;
  }
  out.warnings.push(`第${part.line}行：“${part.heading}”是第二个“${PART_LABEL[kind]}”部分，已并入前一个`);
  if (part.heading || part.body.length) existing.items.push({ heading: part.heading, body: joinBody(part.body), subItems: [] });
  existing.items.push(...part.items.map(toItem));
}

function addProblems(out: AssembledParts, part: OutlinePart) {
  const items = part.items.map((it) => toProblem(it, out.warnings));
  if (part.items.length === 0 && part.body.length) {
    out.warnings.push(`第${part.line}行：存在问题部分没有（一）（二）分项，内容放在该部分的导语中，请拆分为问题及原因`);
  }
  if (!out.problems) {
    out.problems = { heading: part.heading, intro: joinBody(part.body), items };
    return;
  }
  out.warnings.push(`第${part.line}行：“${part.heading}”是第二个存在问题部分，已并入前一个`);
  if (part.heading || part.body.length) {
    const { description, cause } = splitCause(joinBody(part.body));
    out.problems.items.push({ heading: part.heading, description, cause });
  }
  out.problems.items.push(...items);
}

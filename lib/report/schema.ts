import { z, type ReportIssue } from "./zod";
import { checkFigures } from "./checks";
import { figureValueIssues } from "./figure-checks";
import { findFigure, isFigureId, storedFigure } from "./figures";
import { PART_CATALOGUE, PART_KINDS, REGULATION_ITEMS } from "./part-catalogue";
import { findReferences, unknownReferenceMessage } from "./references";
import { textFields } from "./walk";
import { figureValueSchema, figuresSchema, headerSchema, MAX_LINE, partSchema, textSchema, type Mode } from "./parts";

const MAX_PARTS = 60;
const MAX_CUSTOM_FIGURES = 500;

function shape(mode: Mode) {
  return z.strictObject({
    header: headerSchema(mode).prefault({}),
    /** 导语: the opening paragraph that ends in 现将…报告如下： */
    preamble: textSchema(mode, { label: "导语", required: true }),
    /** The level-1 parts in the author's order (part-catalogue.ts says which kinds there are). */
    parts: z.array(partSchema(mode)).max(MAX_PARTS, `报告的部分不能超过${MAX_PARTS}个`).default([]),
    /** 特此报告。 */
    closing: textSchema(mode, { label: "结束语", required: true, max: MAX_LINE }),
    /** 附件说明: attachment names, printed as 附件：1.…… */
    attachments: z.array(textSchema(mode, { label: "附件名称", max: MAX_LINE })).max(20).default([]),
    figures: figuresSchema(),
    /**
     * Values of the figures an organization above added for its units
     * (custom figures), by the figure's id. Their definitions live in the
     * database, so they are checked where those are known.
     */
    customFigures: z
      .record(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), figureValueSchema("数据"))
      .refine((r) => Object.keys(r).length <= MAX_CUSTOM_FIGURES, `自定义数据不能超过${MAX_CUSTOM_FIGURES}项`)
      .default({}),
    /**
     * Paths of texts copied from last year's report and not yet edited
     * (e.g. "parts.0.items.2.body"). The editor marks them and drops a
     * path as soon as its text changes, so nothing old goes out unread.
     */
    carriedOver: z.array(z.string().max(MAX_LINE)).max(10_000).default([]),
  });
}

export type Report = z.output<ReturnType<typeof shape>>;
export type ReportInput = z.input<ReturnType<typeof shape>>;
export type Part = Report["parts"][number];
export type PartInput = z.input<ReturnType<typeof partSchema>>;
export type PartOf<K extends Part["kind"]> = Extract<Part, { kind: K }>;
export type SectionPart = PartOf<"measures" | "duty" | "plans" | "otherMatters">;
export type ProblemsPart = PartOf<"problems">;
export type Item = SectionPart["items"][number];
export type SubItem = Item["subItems"][number];
export type Leaf = SubItem["subItems"][number];
export type Problem = ProblemsPart["items"][number];

const filled = (s: string) => s.trim() !== "";
/** Pictographs (😀, 👍) and the emoji presentation selector; CJK symbols such as 〇 or ※ are not among them. */
const EMOJI = /\p{Extended_Pictographic}\uFE0F?/gu;

/** Whether a part holds anything that prints besides its heading: the catalogue's "counts as filled". */
export function partFilled(part: Part): boolean {
  switch (PART_CATALOGUE[part.kind].shape) {
    case "text":
      return "text" in part && filled(part.text);
    default:
      return "items" in part && (filled(part.intro) || part.items.length > 0);
  }
}

/** How a part is named where it must be told apart: its heading, or its kind's name where it has none. */
export function partName(part: Part): string {
  return ("heading" in part && part.heading.trim()) || PART_CATALOGUE[part.kind].name;
}

/** References to figures the catalogue does not have: wrong in a draft as much as in a final report. */
function unknownReferences(report: Report): ReportIssue[] {
  return textFields(report).flatMap(({ path, text }) =>
    findReferences(text)
      .filter((ref) => !isFigureId(ref.id))
      .map((ref) => ({ path, message: unknownReferenceMessage(ref.id) })),
  );
}

/**
 * What the regulation and arithmetic require of a report ready for review:
 * a filled part for each of the regulation's required contents, whatever
 * their order; a heading on every part that prints one; every cited figure
 * entered; figures sensible and consistent.
 */
function finalIssues(report: Report): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const kind of PART_KINDS) {
    const def = PART_CATALOGUE[kind];
    // A required part that exists but is empty is named on itself below; here only the absent ones.
    if (!def.required || report.parts.some((p) => p.kind === kind)) continue;
    const answers = def.answers === null ? "" : `（督察规定要求报告“${REGULATION_ITEMS[def.answers]}”）`;
    issues.push({ path: "parts", message: `缺少“${def.name}”部分${answers}` });
  }
  report.parts.forEach((part, i) => {
    const def = PART_CATALOGUE[part.kind];
    if (!partFilled(part)) {
      // On the (empty) content, not the part: a part with a heading is written, but not yet filled.
      const content = "text" in part ? `parts.${i}.text` : `parts.${i}.items`;
      if (def.required) issues.push({ path: content, message: `“${def.name}”部分还没有内容` });
    } else if ("heading" in part && !filled(part.heading)) {
      issues.push({ path: `parts.${i}.heading`, message: `请填写“${def.name}”部分的标题` });
    }
  });

  for (const { path, text } of textFields(report)) {
    // An official document has no emoji; saved as typed, flagged here, refused by 提交审核.
    const emoji = [...new Set(text.match(EMOJI))];
    if (emoji.length) issues.push({ path, message: `含有表情符号${emoji.map((e) => `“${e}”`).join("")}，公文中不能使用` });
    for (const ref of findReferences(text)) {
      if (isFigureId(ref.id) && storedFigure(report.figures, ref.id) === null) {
        issues.push({ path, message: `正文引用了“${findFigure(ref.id)?.def.label}”，请先填写该数据` });
      }
    }
  }

  const { year, date } = report.header;
  if (year !== null && date && Number(date.slice(0, 4)) <= year) {
    issues.push({ path: "header.date", message: `成文日期应在${year}年度结束之后` });
  }
  return [...issues, ...figureValueIssues(report.figures), ...checkFigures(report.figures)];
}

function build(mode: Mode) {
  if (mode === "draft") return shape(mode);
  return shape(mode).superRefine((report, ctx) => {
    for (const issue of [...unknownReferences(report), ...finalIssues(report)]) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.split(".").map(segment) });
    }
  });
}

const segment = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);

// Each schema is built on its first parse (z.lazy keeps it once built), not
// when the module loads: building one costs about 15 ms, and a process often
// needs only one of them (the PDF export only the final one).

/**
 * What the server stores: anything a person typed saves (a rate of 101, 约30,
 * a 30,000-character paragraph, a reference to no figure); only malformed
 * data and sizes nobody types are refused. The editor flags the rest on its
 * field (flags.ts); 提交审核 refuses it.
 */
export const draftReportSchema = z.lazy(() => build("draft"));

/** Ready for review: every required part present, every figure consistent with the others and the text. */
export const finalReportSchema = z.lazy(() => build("final"));

import { z, type ReportIssue } from "./zod";
import { checkFigures } from "./checks";
import { figureValue, findFigure, isFigureId } from "./figures";
import { findReferences } from "./references";
import { textFields } from "./walk";
import {
  figuresSchema,
  headerSchema,
  MAX_LINE,
  problemSectionSchema,
  sectionSchema,
  textSchema,
  type Mode,
} from "./parts";

const MAX_SECTIONS = 50;

function shape(mode: Mode) {
  return z.strictObject({
    header: headerSchema(mode).prefault({}),
    /** 导语: the opening paragraph that ends in 现将…报告如下： */
    preamble: textSchema(mode, { label: "导语", required: true }),
    /** 主要举措和成效: one or more level-1 parts. */
    measures: z.array(sectionSchema(mode, "工作举措部分")).max(MAX_SECTIONS, `工作举措部分不能超过${MAX_SECTIONS}个`).default([]),
    /** 党政主要负责人履行推进法治建设第一责任人职责情况 */
    duty: sectionSchema(mode, "第一责任人职责部分").prefault({}),
    /** 存在的不足和原因 */
    problems: problemSectionSchema(mode).prefault({}),
    /** 下一年度工作打算 */
    plans: sectionSchema(mode, "工作打算部分").prefault({}),
    /** 其他需要报告的情况: optional, printed only when it holds something. */
    otherMatters: sectionSchema("draft", "其他需要报告的情况").prefault({}),
    /** 特此报告。 */
    closing: textSchema(mode, { label: "结束语", required: true, max: MAX_LINE }),
    /** 附件说明: attachment names, printed as 附件：1.…… */
    attachments: z.array(z.string().max(MAX_LINE, `附件名称不能超过${MAX_LINE}个字符`)).max(20).default([]),
    figures: figuresSchema(),
    /**
     * Paths of texts copied from last year's report and not yet edited
     * (e.g. "measures.0.items.2.body"). The editor marks them and drops a
     * path as soon as its text changes, so nothing old goes out unread.
     */
    carriedOver: z.array(z.string().max(MAX_LINE)).max(10_000).default([]),
  });
}

export type Report = z.output<ReturnType<typeof shape>>;
export type ReportInput = z.input<ReturnType<typeof shape>>;
export type Section = Report["duty"];
export type Item = Section["items"][number];
export type SubItem = Item["subItems"][number];
export type Problem = Report["problems"]["items"][number];

/** References to figures the catalogue does not have: wrong in a draft as much as in a final report. */
function unknownReferences(report: Report): ReportIssue[] {
  return textFields(report).flatMap(({ path, text }) =>
    findReferences(text)
      .filter((ref) => !isFigureId(ref.id))
      .map((ref) => ({ path, message: `引用的数据“${ref.id}”不存在` })),
  );
}

const hasContent = (s: Section) => s.intro.trim() !== "" || s.items.length > 0;

/** What the regulation and arithmetic require of a report ready for review. */
function finalIssues(report: Report): ReportIssue[] {
  const issues: ReportIssue[] = [];
  if (report.measures.length === 0) {
    issues.push({ path: "measures", message: "请至少填写一个工作举措和成效部分" });
  }
  report.measures.forEach((s, i) => {
    if (!hasContent(s)) issues.push({ path: `measures.${i}.items`, message: "该部分还没有内容" });
  });
  if (!hasContent(report.duty)) issues.push({ path: "duty.intro", message: "请填写党政主要负责人履行第一责任人职责的情况" });
  if (report.problems.items.length === 0) issues.push({ path: "problems.items", message: "请至少填写一项存在的问题及其原因" });
  if (!hasContent(report.plans)) issues.push({ path: "plans.items", message: "请填写下一年度的工作打算" });
  const other = report.otherMatters;
  if (hasContent(other) && !other.heading.trim()) {
    issues.push({ path: "otherMatters.heading", message: "请填写“其他需要报告的情况”部分的标题" });
  }

  for (const { path, text } of textFields(report)) {
    for (const ref of findReferences(text)) {
      if (isFigureId(ref.id) && figureValue(report.figures, ref.id) === null) {
        issues.push({ path, message: `正文引用了“${findFigure(ref.id)?.def.label}”，请先填写该数据` });
      }
    }
  }

  const { year, date } = report.header;
  if (year !== null && date && Number(date.slice(0, 4)) <= year) {
    issues.push({ path: "header.date", message: `成文日期应在${year}年度结束之后` });
  }
  return [...issues, ...checkFigures(report.figures)];
}

function build(mode: Mode) {
  return shape(mode).superRefine((report, ctx) => {
    const issues = mode === "final" ? [...unknownReferences(report), ...finalIssues(report)] : unknownReferences(report);
    for (const issue of issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.split(".").map(segment) });
    }
  });
}

const segment = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);

// Each schema is built on its first parse (z.lazy keeps it once built), not
// when the module loads: building one costs about 15 ms, and a process often
// needs only one of them (the PDF export only the final one).

/** Anything partial can be saved: missing parts default to empty, only malformed data is refused. */
export const draftReportSchema = z.lazy(() => build("draft"));

/** Ready for review: every required part present, every figure consistent with the others and the text. */
export const finalReportSchema = z.lazy(() => build("final"));

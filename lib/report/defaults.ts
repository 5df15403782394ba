import { draftReportSchema, type Report } from "./schema";

export interface NewReportInput {
  organizationName: string;
  organizationShortName: string;
  /** The parent organization, the report's default addressee. */
  parentName?: string;
  year: number;
}

export function defaultTitle(organizationName: string, year: number): string {
  return `${organizationName}关于${year}年度法治政府建设工作情况的报告`;
}

/** An empty report with the skeleton every office starts from: the regulation's parts, headings pre-filled. */
export function newReport(input: NewReportInput): Report {
  const { organizationName, organizationShortName, parentName = "", year } = input;
  return draftReportSchema.parse({
    header: {
      organizationName,
      organizationShortName,
      year,
      title: defaultTitle(organizationName, year),
      addressee: parentName,
      signatory: organizationName,
      publication: { disclosure: "主动公开" },
    },
    measures: [{ heading: "主要举措和成效" }],
    duty: { heading: "党政主要负责人履行推进法治建设第一责任人职责情况" },
    problems: { heading: "存在的不足和原因" },
    plans: { heading: `${year + 1}年工作打算` },
    closing: "特此报告。",
  });
}

/** A report with nothing in it at all: what the draft schema makes of `{}`. */
export function emptyReport(): Report {
  return draftReportSchema.parse({});
}

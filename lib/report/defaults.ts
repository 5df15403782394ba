import { PART_CATALOGUE, type PartKind } from "./part-catalogue";
import { draftReportSchema, type Report } from "./schema";

/** The regulation's required contents, in its order; the author reorders them and adds others as needed. */
const NEW_REPORT_KINDS = ["measures", "duty", "problems", "plans"] as const satisfies readonly PartKind[];

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
    parts: NEW_REPORT_KINDS.map((kind) => ({ kind, heading: PART_CATALOGUE[kind].defaultHeading(year) })),
    closing: "特此报告。",
  });
}

/** A report with nothing in it at all: what the draft schema makes of `{}`. */
export function emptyReport(): Report {
  return draftReportSchema.parse({});
}

import type { FigureValue } from "@/lib/report/figure-value";
import type { FigureId } from "@/lib/report/figures";
import type { Report } from "@/lib/report/schema";

/** What the caller knows that the document may not say (web copies omit the signing organ). */
export interface ImportOptions {
  /** The report year (2020 for the report written in early 2021); guessed from the text when absent. */
  year?: number;
  /** 单位全称: also the signatory and the title's first words when the document has none. */
  organizationName?: string;
  organizationShortName?: string;
}

/**
 * How sure the matcher is that a number is the figure:
 * high   – a keyword stands right next to the number and the unit fits ("行政诉讼案件77起");
 * medium – a keyword is in the same clause and the unit fits ("集体学习…等法律法规5次");
 * low    – the text gives conflicting values for the figure, or two figures claim the same number.
 */
export type Confidence = "high" | "medium" | "low";

/** A number in the prose that looks like one of the figure fields, for the user to confirm. */
export interface FigureProposal {
  figureId: FigureId;
  /** The figure's Chinese label, e.g. 行政诉讼案件. */
  label: string;
  /**
   * The figure's value: a number where the text states it exactly (77, 41.6), the
   * words as written where it is approximate ("500余", "20多", "近千", "约30", "1.2万余", "零").
   */
  value: FigureValue;
  /** The number exactly as written in the text, the words that go with it included: "50,846", "５０８４６", "500余", "近千". */
  raw: string;
  /** The text field holding the number, addressed like a form field: "parts.2.items.7.body". */
  path: string;
  /** Where `raw` starts in that field's text (UTF-16 index). */
  index: number;
  /** The sentence the number came from, for the user to judge. */
  sentence: string;
  confidence: Confidence;
  /** Why it was proposed, in Chinese: 紧邻关键词“行政诉讼案件”. */
  reason: string;
}

/** A line the importer could not place in the report's structure. */
export interface UnrecognisedLine {
  /** 1-based line number in the decoded text. */
  line: number;
  text: string;
  /** Why it was not recognised, in Chinese. */
  reason: string;
}

export type ImportResult =
  | {
      ok: true;
      /** A valid draft (draftReportSchema); numbers stay literal in the prose until proposals are applied. */
      report: Report;
      proposals: FigureProposal[];
      /** Also kept in the report, in the part headed UNRECOGNISED_HEADING. */
      unrecognised: UnrecognisedLine[];
      /** Chinese notes for the user: required parts not found, a concluding paragraph taken apart, problems without a cause… */
      warnings: string[];
    }
  | { ok: false; message: string };

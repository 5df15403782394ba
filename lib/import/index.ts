/**
 * Import of reports written before the app (issue 6): a .txt or .docx becomes
 * a draft report, figure proposals for the user to confirm, and the lines
 * that could not be placed. See import-text.ts for where unplaced text goes.
 */
export { applyProposals } from "./apply-proposals";
export { importReportFile } from "./import-file";
export { importReportText, UNRECOGNISED_HEADING } from "./import-text";
export { MAX_FILE_BYTES } from "./messages";
export { proposeFigures } from "./proposals";
export type { Confidence, FigureProposal, ImportOptions, ImportResult, UnrecognisedLine } from "./types";
export { figureProposalSchema, figureProposalsSchema } from "./proposal-schema";

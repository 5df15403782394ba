import { compareReports, type FieldDifference } from "@/lib/report/compare";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import type { SaveReportInput, SaveReportResult } from "@/lib/server/reports/save-report.schema";
import type { LocalCopy } from "./local-copy";

/** After a pause in typing of this long, the saver saves (ms). */
export const SAVE_DELAY = 1000;
/** Continuous typing still saves at least this often. */
export const SAVE_MAX_WAIT = 10_000;
/** The local copy (recovery after a crash or reload) is written this soon after a change. */
export const LOCAL_DELAY = 250;
/** A failed save is tried again after this long. */
export const RETRY_DELAY = 5000;

export type SaveStatus = "saved" | "dirty" | "saving" | "offline" | "invalid" | "conflict" | "error" | "recovering" | "signedOut" | "refused";

export interface Conflict {
  version: number;
  savedAt: string;
  theirs: Report;
  differences: FieldDifference[];
}

export interface SaverState {
  status: SaveStatus;
  /** The server version the form is based on. */
  version: number;
  savedAt: string | null;
  issues: ReportIssue[];
  conflict: Conflict | null;
  recovery: (LocalCopy & { differences: FieldDifference[] }) | null;
  /** The browser refused to keep a local copy (storage full or disabled). */
  localCopyFailed: boolean;
}

export interface SaverOptions {
  reportId: string;
  version: number;
  savedAt: string;
  initial: Report;
  getValues: () => Report;
  reset: (report: Report) => void;
  save: (input: SaveReportInput) => Promise<SaveReportResult>;
}

/** A freshly opened editor: everything shown is what the server has. */
export function initialState(opts: Pick<SaverOptions, "version" | "savedAt">): SaverState {
  return { status: "saved", version: opts.version, savedAt: opts.savedAt, issues: [], conflict: null, recovery: null, localCopyFailed: false };
}

/**
 * What the saver shows when the server did not take a save, and whether to
 * try again by itself: an expired session is retried (signing in again in
 * another tab then saves the work); a conflict, a refusal or invalid content
 * waits for the person.
 */
export function unsavedOutcome(
  result: Extract<SaveReportResult, { ok: false }>,
  current: Report,
): { patch: Partial<SaverState>; retry: boolean | "now" } {
  switch (result.status) {
    case "conflict": {
      // The newer version holds what this page holds: the page's own save that
      // reached the server while it was being reloaded or closed. Not a
      // conflict: take its version and save on top of it at once (content is
      // compared, not only version numbers).
      const differences = compareReports(current, result.report);
      if (differences.length === 0) return { patch: { status: "dirty", version: result.version, savedAt: result.savedAt, conflict: null }, retry: "now" };
      return {
        patch: {
          status: "conflict",
          conflict: { version: result.version, savedAt: result.savedAt, theirs: result.report, differences },
        },
        retry: false,
      };
    }
    case "invalid":
      return { patch: { status: "invalid", issues: result.issues ?? [{ path: "", message: result.message }] }, retry: false };
    case "missing":
      return { patch: { status: "error", issues: [{ path: "", message: "报告已不存在，修改暂存在本机" }] }, retry: false };
    case "unauthenticated":
      return { patch: { status: "signedOut", issues: [{ path: "", message: result.message }] }, retry: true };
    case "forbidden":
    case "state":
      // Not allowed any more (e.g. the report went to review meanwhile).
      return { patch: { status: "refused", issues: [{ path: "", message: result.message }] }, retry: false };
  }
}

import { formValuesFrom } from "@/lib/report/form-values";
import type { Report } from "@/lib/report/schema";

/**
 * The browser's copy of work the server has not confirmed yet. It is written
 * on every pause in typing and when the page is hidden, and removed only
 * when a save of exactly that content succeeds, so a closed tab, a crash or
 * a lost connection never costs more than the last fraction of a second.
 * `baseVersion` is the server version the work started from: restoring it
 * later saves against that version, so a newer save by someone else shows
 * up as a conflict instead of being overwritten.
 */
export interface LocalCopy {
  baseVersion: number;
  writtenAt: string;
  report: Report;
}

const key = (reportId: string) => `fazhi-nianbao:unsaved:${reportId}`;

export function readLocalCopy(reportId: string): LocalCopy | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(key(reportId));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== "object" || data === null || !("report" in data) || !("baseVersion" in data)) return null;
    const report = formValuesFrom(data.report);
    const baseVersion = typeof data.baseVersion === "number" ? data.baseVersion : null;
    const writtenAt = "writtenAt" in data && typeof data.writtenAt === "string" ? data.writtenAt : "";
    return report && baseVersion !== null ? { baseVersion, writtenAt, report } : null;
  } catch {
    return null;
  }
}

/** false when the browser refused (storage full or disabled): the editor then says the work is only in this page. */
export function writeLocalCopy(reportId: string, copy: LocalCopy): boolean {
  try {
    window.localStorage.setItem(key(reportId), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalCopy(reportId: string): void {
  try {
    window.localStorage.removeItem(key(reportId));
  } catch {
    // Nothing to do: a copy that cannot be removed is offered back once and can be discarded then.
  }
}

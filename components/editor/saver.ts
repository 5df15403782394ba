import { compareReports, mergeReports } from "@/lib/report/compare";
import { draftReportSchema, type Report } from "@/lib/report/schema";
import { toReportIssues } from "@/lib/report/zod";
import type { SaveReportResult } from "@/lib/server/reports/save-report.schema";
import { readLocalCopy, removeLocalCopy, writeLocalCopy } from "./local-copy";
import { watchPage } from "./page-events";
import { initialState, LOCAL_DELAY, RETRY_DELAY, SAVE_DELAY, SAVE_MAX_WAIT, unsavedOutcome, type SaverOptions, type SaverState } from "./saver-state";

export type { Conflict, SaveStatus, SaverOptions, SaverState } from "./saver-state";

/**
 * Autosave as a small state machine outside React: the form reports each
 * change, the saver keeps the local copy and the server in step and
 * publishes a state the status line, the conflict dialog and the recovery
 * banner subscribe to, so typing never re-renders the form for saving.
 */
export class Saver {
  private state: SaverState;
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private localSeq = 0;
  private confirmedJson: string;
  private inFlight = false;
  private again = false;
  private apart = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private localTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPending: number | null = null;
  private resetting = false;

  constructor(private readonly opts: SaverOptions) {
    this.state = initialState(opts);
    this.confirmedJson = JSON.stringify(opts.initial);
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getState = () => this.state;

  private set(patch: Partial<SaverState>) {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  /** After mount: offer back unconfirmed work from an earlier visit, and follow the page's life cycle. */
  start(): () => void {
    const copy = readLocalCopy(this.opts.reportId);
    if (copy) {
      const differences = compareReports(copy.report, this.opts.initial);
      if (differences.length > 0) this.set({ status: "recovering", recovery: { ...copy, differences } });
      else removeLocalCopy(this.opts.reportId);
    }
    const unwatch = watchPage({
      hidden: () => this.flush(),
      online: () => this.isPending() && this.saveNow(),
      offline: () => this.isPending() && this.state.status !== "saving" && this.set({ status: "offline" }),
      unsaved: () => this.isPending(),
    });
    return () => {
      unwatch();
      clearTimeout(this.saveTimer);
      clearTimeout(this.localTimer);
    };
  }

  private isPending() {
    return this.seq !== this.confirmedSeq || ["dirty", "offline", "error", "invalid", "signedOut", "refused"].includes(this.state.status);
  }
  private confirmedSeq = 0;

  /** Every change of the form. Cheap: it only counts and (re)starts timers. */
  changed() {
    if (this.resetting) return;
    this.seq += 1;
    // While the banner offers earlier work back, the local copy holds that work: do not overwrite it yet.
    if (this.state.status === "recovering") return;
    clearTimeout(this.localTimer);
    this.localTimer = setTimeout(() => this.writeLocal(), LOCAL_DELAY);
    // During a conflict, typing goes on into the local copy; the server waits for the drafter's decision.
    if (this.state.status === "conflict") return;
    if (this.state.status !== "saving" && this.state.status !== "dirty") this.set({ status: "dirty" });
    this.firstPending ??= Date.now();
    const wait = Math.max(0, Math.min(SAVE_DELAY, this.firstPending + SAVE_MAX_WAIT - Date.now()));
    this.schedule(wait);
  }

  private schedule(delay: number) {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), delay);
  }

  saveNow(afterConflict = false) {
    this.apart ||= afterConflict; // a save that resolves a conflict stays a revision of its own (save-report.schema.ts)
    this.schedule(0);
  }

  /**
   * Saves now and resolves once the server has confirmed everything typed so
   * far (true), or as soon as it cannot (false: offline, conflict, refused…).
   * Submitting for review waits for this, so the server checks what the
   * person sees, and no save arrives after the report has left 草稿.
   */
  saveAndConfirm(): Promise<boolean> {
    this.saveNow();
    return new Promise((resolve) => {
      const settle = () => {
        const { status } = this.state;
        if (status === "saving" || status === "dirty") return;
        unsubscribe();
        resolve(status === "saved" && !this.isPending());
      };
      const unsubscribe = this.subscribe(settle);
      // The scheduled save starts on the next tick; until then the state may not have moved.
      setTimeout(settle, 0);
    });
  }

  private writeLocal() {
    clearTimeout(this.localTimer);
    if (this.localSeq === this.seq && this.seq !== 0) return;
    const ok = writeLocalCopy(this.opts.reportId, {
      baseVersion: this.state.version,
      writtenAt: new Date().toISOString(),
      report: this.opts.getValues(),
    });
    this.localSeq = this.seq;
    if (ok === this.state.localCopyFailed) this.set({ localCopyFailed: !ok });
  }

  /** The page is being hidden or closed: the local copy must be current now, the server gets a last try. */
  flush() {
    if (this.state.status === "recovering") return;
    if (this.seq !== this.confirmedSeq) {
      this.writeLocal();
      if (this.state.status !== "conflict") void this.save();
    }
  }

  private async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    const status = this.state.status;
    if (status === "conflict" || status === "recovering") return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const values = this.opts.getValues();
    const json = JSON.stringify(values);
    const seq = this.seq;
    if (json === this.confirmedJson) {
      this.confirm(seq);
      this.set({ status: "saved", issues: [] });
      return;
    }
    const parsed = draftReportSchema.safeParse(values);
    if (!parsed.success) {
      // Only what the draft schema refuses stops a save: sizes nobody types (the
      // inputs' maxLength keeps typing below them), or malformed data. Flagged
      // content (a rate of 101, 约30, a paragraph over 20,000 characters) saves.
      // The work stays in the form and the local copy.
      this.writeLocal();
      this.set({ status: "invalid", issues: toReportIssues(parsed.error) });
      return;
    }
    if (!navigator.onLine) {
      this.writeLocal();
      this.set({ status: "offline" });
      return;
    }
    this.inFlight = true;
    this.firstPending = null;
    this.set({ status: "saving", issues: [] });
    const started = performance.now();
    let result: SaveReportResult;
    try {
      result = await this.opts.save({ reportId: this.opts.reportId, baseVersion: this.state.version, content: parsed.data, ...(this.apart && { apart: true }) });
      if (result.ok) this.apart = false;
    } catch {
      this.inFlight = false;
      this.writeLocal();
      this.set({ status: navigator.onLine ? "error" : "offline" });
      if (navigator.onLine) this.schedule(RETRY_DELAY);
      return;
    }
    performance.measure("autosave", { start: started, end: performance.now() });
    this.inFlight = false;
    switch (result.ok) {
      case true:
        this.confirmedJson = json;
        this.set({ version: result.version, savedAt: result.savedAt });
        if (this.seq === seq) {
          this.confirm(seq);
          this.set({ status: "saved" });
        } else {
          this.localSeq = 0;
          this.writeLocal();
          this.set({ status: "dirty" });
          this.schedule(SAVE_DELAY);
        }
        break;
      default: {
        // Not taken by the server: the work always stays in the form and the local copy.
        this.writeLocal();
        const { patch, retry } = unsavedOutcome(result, this.opts.getValues());
        this.set(patch);
        if (retry) this.schedule(retry === "now" ? 0 : RETRY_DELAY);
        return;
      }
    }
    if (this.again) {
      this.again = false;
      this.schedule(0);
    }
  }

  private confirm(seq: number) {
    this.confirmedSeq = seq;
    this.localSeq = seq;
    this.firstPending = null;
    removeLocalCopy(this.opts.reportId);
  }

  private replaceForm(report: Report) {
    this.resetting = true;
    try {
      this.opts.reset(report);
    } finally {
      this.resetting = false;
    }
  }

  /** Conflict: save mine on top of the version the other person saved. */
  keepMine() {
    const c = this.state.conflict;
    if (!c) return;
    this.set({ status: "dirty", version: c.version, conflict: null });
    this.seq += 1;
    this.saveNow(true);
  }

  /** Conflict: drop my changes for theirs (their version is what the server has). */
  takeTheirs() {
    const c = this.state.conflict;
    if (!c) return;
    this.replaceForm(c.theirs);
    this.confirmedJson = JSON.stringify(this.opts.getValues());
    this.seq += 1;
    this.confirm(this.seq);
    this.set({ status: "saved", version: c.version, savedAt: c.savedAt, conflict: null });
  }

  /** Conflict: mine, with the chosen fields taken from theirs, saved on top of their version. */
  merge(takeTheirs: readonly string[]) {
    const c = this.state.conflict;
    if (!c) return;
    this.replaceForm(mergeReports(this.opts.getValues(), c.theirs, takeTheirs));
    this.set({ status: "dirty", version: c.version, conflict: null });
    this.seq += 1;
    this.saveNow(true);
  }

  /** Recovery: put the unconfirmed work back and save it against the version it started from. */
  restoreLocal() {
    const r = this.state.recovery;
    if (!r) return;
    this.replaceForm(r.report);
    this.seq += 1;
    this.set({ status: "dirty", version: r.baseVersion, recovery: null });
    this.saveNow();
  }

  discardLocal() {
    removeLocalCopy(this.opts.reportId);
    this.set({ status: "saved", recovery: null });
    // Typing done while the banner was up is saved as usual.
    if (JSON.stringify(this.opts.getValues()) !== this.confirmedJson) this.changed();
  }

  /** A revision was restored on the server: the form takes its content at the new version. */
  restored(report: Report, version: number, savedAt: string) {
    this.replaceForm(report);
    this.confirmedJson = JSON.stringify(this.opts.getValues());
    this.seq += 1;
    this.confirm(this.seq);
    this.set({ status: "saved", version, savedAt, issues: [] });
  }

  /** Someone else's save reached us through a restore attempt: same as a conflict on save. */
  conflictFrom(result: Extract<SaveReportResult, { status: "conflict" }>) {
    const { patch, retry } = unsavedOutcome(result, this.opts.getValues());
    this.set(patch);
    if (retry === "now") this.saveNow();
  }
}

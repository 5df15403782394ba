import { z, type ReportIssue } from "@/lib/report/zod";

/*
 * What every server action answers, in one shape. This file and every
 * `*.schema.ts` beside a lib/server operation is the contract between the
 * server and the browser: client components import their input schemas and
 * result types from there, so these files stay free of "server-only" and
 * of the database (lib/server/contracts.test.ts holds them to that).
 */

/**
 * Why nothing was done:
 * - invalid: the input (or the report it carries) does not pass; `issues` names each field
 * - unauthenticated: nobody is signed in (the session expired); or, at login, wrong credentials
 * - forbidden: not this person's to do, or the thing does not exist for them
 * - state: the report's state does not allow it (under review, or someone moved it on)
 * - missing: what the request names (a revision, a comment…) does not exist
 * - conflict: someone else saved a newer version first
 * - exists: the report of that year exists already
 */
export type RefusalStatus = "invalid" | "unauthenticated" | "forbidden" | "state" | "missing" | "conflict" | "exists";

export interface Refusal<S extends RefusalStatus = RefusalStatus> {
  ok: false;
  status: S;
  /** For the person, in Chinese: what a form shows when no field is named. */
  message: string;
  /** Problems keyed by field path ("figures.petitions.letters", "measures.0.items.2.body"), as react-hook-form names fields. */
  issues?: ReportIssue[];
  /**
   * What a plain form's text fields held (never its passwords). React empties
   * a form after its action, and a form sent before the page is hydrated is
   * drawn again from this answer alone, so what was typed comes back with it.
   */
  values?: Record<string, string>;
}

export type Done<T extends object = Record<never, never>> = { ok: true } & T;

export type ActionResult<T extends object = Record<never, never>, R extends Refusal = Refusal> = Done<T> | R;

/** What the action helper itself may answer before an operation runs. */
export type ActionRefusal = Refusal<"invalid" | "unauthenticated" | "forbidden" | "state">;

export function refuse<S extends RefusalStatus>(status: S, message: string, issues?: ReportIssue[]): Refusal<S> {
  return issues === undefined ? { ok: false, status, message } : { ok: false, status, message, issues };
}

/** Invalid input: each issue at its field; the message is the one issue, or a summary when there are several. */
export function invalid(issues: ReportIssue[], message?: string): Refusal<"invalid"> {
  const summary = issues.length === 1 && issues[0] ? issues[0].message : "提交的内容有误，请按提示逐项修改";
  return refuse("invalid", message ?? summary, issues);
}

export const REFUSALS = {
  unauthenticated: refuse("unauthenticated", "登录已过期，请重新登录（您的修改已保留在本机）"),
  forbidden: refuse("forbidden", "您无权进行此操作"),
  state: refuse("state", "报告当前的状态不允许此操作"),
} as const;

/** A record's id as the browser sends it back. */
export const recordId = z.string().min(1, "缺少编号").max(64, "编号有误");

/** A report's version number, as the editor knows it. */
export const versionNumber = z.number().int().min(1);

import "server-only";
import { toReportIssues, type z } from "@/lib/report/zod";
import { isAdmin, type ReportAction } from "@/lib/access/permissions";
import type { Actor } from "@/lib/access/roles";
import { db } from "@/lib/server/db";
import { authorizeReport } from "@/lib/server/access/authorize-report";
import { recordEvent } from "@/lib/server/audit/record-event";
import { authorizeOrganization, currentActor } from "@/lib/server/auth/current-actor";
import { cleanInput, MAX_INPUT_DEPTH } from "./clean-input";
import { invalid, refuse, REFUSALS, type ActionRefusal, type ActionResult, type Refusal } from "./action.schema";

/** Whether the actor may do this with this input: null when allowed, else why not. */
export type Authorize<I> = (actor: Actor, input: I) => Promise<Refusal<"forbidden" | "state"> | null>;

/**
 * Every server action in one shape: who is asking, what they send, whether
 * they may, then the one operation. Authentication comes first, so a request
 * without a session is answered before anything it carries is read (a report
 * can be megabytes of JSON), and a signed-out editor always learns that it
 * must sign in again rather than about its input.
 */
export function action<S extends z.ZodType, Out extends ActionResult<object>>(
  schema: S,
  authorize: Authorize<z.output<S>>,
  run: (input: z.output<S>, actor: Actor) => Promise<Out>,
): (input: unknown) => Promise<Out | ActionRefusal> {
  return async (raw) => {
    const actor = await currentActor();
    if (!actor) return REFUSALS.unauthenticated;
    // After an administrator's reset, only what a person does to their own account (修改密码, 退出会话).
    if (actor.mustChangePassword && authorize !== signedIn) return MUST_CHANGE_PASSWORD;
    const parsed = parseInput(schema, raw);
    if (!parsed.ok) return parsed;
    const refusal = await authorize(actor, parsed.input);
    if (refusal) return refusal;
    return run(parsed.input, actor);
  };
}

const MUST_CHANGE_PASSWORD = refuse("forbidden", "管理员已重置您的密码，请先在“我的账号”中设置新密码");

const TOO_DEEP = `提交的内容层级过深（超过${MAX_INPUT_DEPTH}层），无法处理`;

/**
 * Malformed input is an answer ("invalid", in Chinese, by field), never an
 * exception. Every string is stripped of control characters and the input's
 * nesting is bounded first (clean-input.ts), here, for every action alike.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; input: z.output<S> } | Refusal<"invalid"> {
  const cleaned = cleanInput(raw);
  if (!cleaned) return invalid([{ path: "", message: TOO_DEEP }]);
  const parsed = schema.safeParse(cleaned.value);
  return parsed.success ? { ok: true, input: parsed.data } : invalid(toReportIssues(parsed.error));
}

/** The report the input names; one the person may not see is refused like one that does not exist. */
export function onReport<I extends { reportId: string }>(what: ReportAction | ((input: I) => ReportAction)): Authorize<I> {
  return async (actor, input) => {
    const auth = await authorizeReport(db(), actor, input.reportId, typeof what === "function" ? what(input) : what);
    return auth.ok ? null : auth.reason === "state" ? REFUSALS.state : REFUSALS.forbidden;
  };
}

/** The organization the input names, as a whole (its years, a new report, an import). */
export function onOrganization(what: "read" | "create"): Authorize<{ organizationId: string }> {
  return async (actor, input) => ((await authorizeOrganization(actor, input.organizationId, what)) ? null : REFUSALS.forbidden);
}

/** Managing organizations and accounts; anyone else's attempt is logged. */
export const asAdmin: Authorize<unknown> = async (actor) => {
  if (isAdmin(actor)) return null;
  await recordEvent(db(), { action: "forbidden", actor, detail: "admin form" });
  return REFUSALS.forbidden;
};

/** Anything a signed-in person does to their own account. */
export const signedIn: Authorize<unknown> = async () => null;

/**
 * A form's fields as an object for the input schema: a repeated name (a
 * list of checkboxes) becomes an array. Fields React adds for its own use
 * ($ACTION_…) are left out. Anything that is not a FormData gives no fields,
 * which the schema refuses.
 */
export function formInput(form: unknown): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  if (!(form instanceof FormData)) return out;
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const all = form.getAll(key);
    out[key] = all.length === 1 && all[0] !== undefined ? all[0] : all;
  }
  return out;
}

/**
 * A refusal with the form's text fields, for forms that show them again;
 * passwords are never sent back. A name sent several times (a list of
 * checkboxes) comes back as name.0, name.1, …, the paths its issues use.
 */
export function withValues<R extends ActionResult<object>>(result: R, form: unknown): R {
  if (result.ok || !(form instanceof FormData)) return result;
  const values: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$") || /password/i.test(key)) continue;
    const texts = form.getAll(key).filter((v) => typeof v === "string");
    if (texts.length === 1 && texts[0] !== undefined) values[key] = texts[0];
    else texts.forEach((text, i) => (values[`${key}.${i}`] = text));
  }
  return { ...result, values };
}

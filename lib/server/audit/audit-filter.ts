import "server-only";
import { z } from "@/lib/report/zod";
import { dayStart, normalizeDateInput } from "@/lib/time/format";
import { AUDIT_ACTIONS, type AuditAction } from "./record-event";

// Not a contract (*.schema.ts): only the audit page and its CSV route, on the server, parse their addresses with it.
const AUDIT_ACTION_KEYS = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

const blankAsUnset = (v: unknown) => (v === "" || v === null ? undefined : v);

/** A day as typed in the filter (2021-02-24, 2021年2月24日…), kept as YYYY-MM-DD. */
const day = (label: string) =>
  z.preprocess(
    (v) => blankAsUnset(typeof v === "string" ? normalizeDateInput(v) : v),
    z
      .string()
      .refine((s) => dayStart(s) !== null, `${label}应为有效日期，格式如 2021-02-24`)
      .optional(),
  );

/**
 * The audit log's filters as the page's address carries them
 * (/admin/audit?person=…&organization=…&action=…&from=…&to=…&page=2), and
 * the CSV export's alike. Every field may be left empty.
 */
export const auditFilterInput = z
  .object({
    person: z.preprocess(blankAsUnset, z.string().max(64, "用户名有误").optional()),
    organization: z.preprocess(blankAsUnset, z.string().max(64, "单位有误").optional()),
    action: z.preprocess(blankAsUnset, z.enum(AUDIT_ACTION_KEYS, "请选择操作").optional()),
    from: day("开始日期"),
    to: day("结束日期"),
    page: z.preprocess(blankAsUnset, z.coerce.number("页码应为数字").int("页码应为整数").min(1, "页码从1开始").max(100_000, "页码过大").default(1)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "结束日期不能早于开始日期", path: ["to"] });
export type AuditFilter = z.output<typeof auditFilterInput>;

import "server-only";
import { randomUUID } from "node:crypto";
import type { RawTx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { stripControlCharacters } from "@/lib/server/actions/clean-input";

/** Everything the audit log records, with the words admins read. */
export const AUDIT_ACTIONS = {
  login: "登录",
  failed_login: "登录失败",
  locked: "账号锁定",
  unlock: "解除锁定",
  end_sessions: "结束其他会话",
  logout: "退出",
  password_change: "修改密码",
  save: "保存",
  restore: "恢复修订",
  name_revision: "命名版本",
  create_report: "新建报告",
  submit: "提交审核",
  withdraw: "撤回",
  return: "退回修改",
  approve: "审定通过",
  send: "报送上级",
  publish: "公开发布",
  reopen: "重新打开",
  comment: "添加意见",
  reply_comment: "回复批注",
  resolve_comment: "意见已处理",
  export: "导出",
  import: "导入",
  forbidden: "越权访问被拒绝",
  create_user: "创建账号",
  create_organization: "创建单位",
  set_credit_code: "设置统一社会信用代码",
  create_custom_figure: "新增自定义数据项",
  update_custom_figure: "修改自定义数据项",
  remove_custom_figure: "删除自定义数据项",
  add_checklist_item: "新增报告事项",
  remove_checklist_item: "删除报告事项",
  remind: "催报",
  data_request: "发起数据征集",
  data_reply: "报送征集数据",
  data_accept: "采纳征集数据",
  figure_from_units: "数据取各单位合计",
  set_unit_settings: "修改单位联系人与查阅设置",
  update_user: "修改账号",
  reset_password: "重置密码",
  update_organization: "修改单位",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/**
 * A line's free text is bounded: a failed login records the username as
 * typed, by anyone, and a refused request what it named, so neither may
 * grow the log (or /admin/audit) by megabytes. Control characters go too,
 * as from every action's input (PostgreSQL refuses NUL).
 */
export const MAX_AUDIT_USERNAME = 64;
export const MAX_AUDIT_DETAIL = 2000;

export function auditText(text: string, max: number): string {
  const clean = stripControlCharacters(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * Writes one line of the audit log. For a change, pass the transaction that
 * makes the change (`db.transaction((tx) => …)`): the record and the change
 * then commit together or not at all. Events that change nothing (a failed
 * login, a refused access, an export) are written on their own.
 */
export async function recordEvent(
  db: RawTx,
  event: { action: AuditAction; actor?: Actor | null; username?: string; organizationId?: string; reportId?: string; detail?: string },
): Promise<void> {
  // Raw SQL: every save writes a line, and Prisma's query compiler would cost it more than the insert (lib/db/adapter-raw.ts).
  await db.raw.execute(
    `INSERT INTO "AuditEvent" ("id", "at", "action", "userId", "username", "organizationId", "reportId", "detail") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    randomUUID(),
    new Date(),
    event.action,
    event.actor?.id ?? null,
    auditUsername(event.actor?.username ?? event.username),
    event.organizationId ?? event.actor?.organizationId ?? null,
    event.reportId ?? null,
    auditText(event.detail ?? "", MAX_AUDIT_DETAIL),
  );
}

function auditUsername(username: string | undefined): string | null {
  return username === undefined ? null : auditText(username, MAX_AUDIT_USERNAME);
}

import type { Transition } from "@/lib/workflow/transitions";

/**
 * How each step looks and what it asks first. Forward steps are primary;
 * steps back (退回修改, 撤回) secondary and set apart from them, so 退回修改
 * never sits red beside 审定通过; 重新打开 undoes a decision and is marked
 * danger. The steps that take the report out of the office's hands ask for
 * confirmation and say what will follow.
 */
export const STEP_STYLE: Record<Transition, { style: "primary" | "secondary" | "danger"; group: "forward" | "back" }> = {
  submit: { style: "primary", group: "forward" },
  approve: { style: "primary", group: "forward" },
  send: { style: "primary", group: "forward" },
  publish: { style: "primary", group: "forward" },
  return: { style: "secondary", group: "back" },
  withdraw: { style: "secondary", group: "back" },
  reopen: { style: "danger", group: "back" },
};

export const CONFIRMATIONS: Partial<Record<Transition, { title: string; follows: string[] }>> = {
  approve: {
    title: "确认审定通过",
    follows: ["报告内容将锁定为只读，起草人不能再修改；", "起草人会收到通知；", "之后可以报送上级。如需再改，须由审核人填写理由重新打开。"],
  },
  send: {
    title: "确认报送上级",
    follows: ["上级单位的审阅人将收到通知，可以阅读报告、下载报送版PDF并提出意见；", "报送日期记录为今天；", "报告保持只读，之后可以公开发布。"],
  },
  publish: {
    title: "确认公开发布",
    follows: [
      "报告将出现在公开页面，任何人无需登录即可阅读和下载；",
      "未填写索引号的，将按统一社会信用代码生成索引号；公开日期为基本信息中的发布日期（未填写则为今天）；",
      "发布后如需更正，须重新打开，公开页面随即撤下。",
    ],
  },
};

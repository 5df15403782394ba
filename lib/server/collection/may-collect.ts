import "server-only";
import type { Actor } from "@/lib/access/roles";

/** Who asks departments for figures and takes them into the report: the people who write the office's report. */
export const collects = (actor: Actor) => actor.role === "drafter" || actor.role === "reviewer";

/** Who answers for a department: its own writers too (an administrator manages accounts, not figures). */
export const answers = collects;

/** 2021年1月15日, in China time. */
export const chineseDate = (d: Date) => {
  const [y, m, day] = d.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" }).split("/");
  return `${y}年${m}月${day}日`;
};

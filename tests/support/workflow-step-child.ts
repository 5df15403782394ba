/**
 * The child process of the workflow kill test (lib/server/workflow/kill.test.ts):
 * takes one workflow step after another on a report in a SQLite file, the way
 * the report page's actions do, and prints a line after each, until it is
 * killed. It picks each step from the report's state, so a new child goes on
 * from wherever the last one was killed.
 *
 *   node --conditions=react-server --import tsx tests/support/workflow-step-child.ts <database-url> <reportId> <username>
 */
import { createDb } from "@/lib/db/client";
import { isRole } from "@/lib/access/roles";
import type { Transition } from "@/lib/workflow/transitions";
import { transitionReport } from "@/lib/server/workflow/transition-report";

const [url, reportId, username] = process.argv.slice(2);
if (!url || !reportId || !username) throw new Error("usage: workflow-step-child <database-url> <reportId> <username>");

const db = createDb(url);

// From 待审核 the report is approved, returned and withdrawn (撤回) in turn, so every step is taken again and again.
const FROM_SUBMITTED: readonly Transition[] = ["approve", "return", "withdraw"];
async function next(status: string): Promise<Transition> {
  if (status === "submitted") return FROM_SUBMITTED[(await db.auditEvent.count({ where: { action: "submit" } })) % 3] ?? "approve";
  const after: Record<string, Transition> = { draft: "submit", returned: "submit", approved: "send", sent: "publish", published: "reopen" };
  const step = after[status];
  if (!step) throw new Error(`no step from ${status}`);
  return step;
}

// A function rather than top-level await: tsx runs this file as CommonJS.
async function run(reportId: string, username: string): Promise<never> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  if (!isRole(user.role)) throw new Error(`unknown role ${user.role}`);
  const actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, organizationId: user.organizationId };
  for (let n = 0; ; n++) {
    const { status } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } });
    const transition = await next(status);
    const result = await transitionReport(db, actor, { reportId, transition, text: `${transition} ${process.pid}-${n}` });
    if (!result.ok) throw new Error(`${transition} from ${status}: ${result.message}`);
    process.stdout.write(`${transition}\n`);
  }
}

void run(reportId, username);

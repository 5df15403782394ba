import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { seedDemo } from "../../../prisma/seed/demo";
import { sqliteTestDatabase, type TestDatabase } from "../../../tests/support/test-db";

const RUNS = 20;

/**
 * Starts a child taking workflow steps on the report, lets it complete a
 * random number of them (read from its output, so no timing is guessed),
 * then kills it with SIGKILL: wherever it was, inside a step's transaction
 * or between two.
 */
async function killMidway(url: string, reportId: string, stepsFirst: number): Promise<number> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/workflow-step-child.ts", url, reportId, "reviewer"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  let steps = 0;
  for await (const _line of createInterface({ input: child.stdout })) {
    if (++steps >= stepsFirst) {
      child.kill("SIGKILL");
      break;
    }
  }
  const { signal } = await exited;
  if (signal !== "SIGKILL") throw new Error(`the child stopped by itself before it was killed:\n${stderr}`);
  return steps;
}

/**
 * Each status change must have its audit line, and 退回修改 its comment: the
 * audit lines, replayed as moves between statuses, must lead from 草稿 to
 * the report's status, and every 退回修改 line must have its comment.
 */
async function expectConsistent(t: TestDatabase, reportId: string) {
  const db = createDb(t.url);
  try {
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    const events = await db.auditEvent.findMany({ where: { reportId } });
    const n = (action: string) => events.filter((e) => e.action === action).length;
    const at = (status: string) => (report.status === status ? 1 : 0);
    // Moves into a status minus moves out of it: 1 for where the report stands (0 for 草稿, where it started).
    expect(n("submit") - n("return") - n("approve") - n("withdraw"), "待审核").toBe(at("submitted"));
    expect(n("approve") - n("send"), "已审定").toBe(at("approved"));
    expect(n("send") - n("publish"), "已报送").toBe(at("sent"));
    expect(n("publish") - n("reopen"), "已公开").toBe(at("published"));
    expect(n("reopen") + n("return") + n("withdraw") - n("submit"), "草稿 or 退回修改").toBe(at("draft") + at("returned") - 1);
    const comments = await db.comment.findMany({ where: { reportId } });
    const returns = events.filter((e) => e.action === "return").map((e) => e.detail);
    expect(comments.map((c) => c.body).sort()).toEqual(returns.sort());
    // Each step's notices came with it: as many per audit line as the step has recipients.
    const notices = await db.notice.findMany({ where: { reportId }, select: { kind: true } });
    for (const [step, recipients] of Object.entries(RECIPIENTS)) {
      expect(notices.filter((x) => x.kind === step).length, `notices of ${step}`).toBe(n(step) * recipients);
    }
    return events.length;
  } finally {
    await db.disconnect();
  }
}

/**
 * How many people hear of each step the reviewer takes (never the reviewer):
 * the second reviewer of submissions and withdrawals; the drafter of the
 * rest, with the city's 上级审阅 for 报送 and 公开, the second reviewer for 重新打开.
 */
const RECIPIENTS = { submit: 1, withdraw: 1, return: 1, approve: 1, send: 2, publish: 2, reopen: 2 };

describe("every workflow step is one transaction, even when the process is killed", () => {
  let t: TestDatabase | undefined;
  afterAll(async () => t?.drop());

  it(`${RUNS} runs killed with SIGKILL at random moments never leave a status without its audit line and notices, or a return without its comment`, { timeout: 300_000 }, async () => {
    t = await sqliteTestDatabase();
    const { reportId, districtId } = await seedDemo(t.db);
    await t.db.user.create({ data: { username: "reviewer2", displayName: "第二审核人", passwordHash: "-", role: "reviewer", organizationId: districtId } });
    await t.db.disconnect();
    let before = 0;
    for (let run = 0; run < RUNS; run++) {
      await killMidway(t.url, reportId, randomInt(1, 12));
      const after = await expectConsistent(t, reportId);
      expect(after).toBeGreaterThan(before);
      before = after;
    }
    // Every step was taken, 退回修改 and 重新打开 among them.
    const db = createDb(t.url);
    const actions = new Set((await db.auditEvent.findMany({ where: { reportId }, select: { action: true } })).map((e) => e.action));
    await db.disconnect();
    expect([...actions].sort()).toEqual(expect.arrayContaining(["approve", "publish", "reopen", "return", "send", "submit", "withdraw"]));
  });
});

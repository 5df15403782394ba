import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse, type Done, type Refusal } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { NameRevisionInput } from "./name-revision.schema";

/**
 * Names a revision (报送版). A named revision is never folded into, so the
 * content it holds now is the content it keeps; the next save starts a
 * revision of its own. Renaming is allowed: the name labels, the content
 * is what is kept.
 */
export async function nameRevision(db: Db, actor: Actor, input: NameRevisionInput): Promise<Done<{ name: string }> | Refusal<"missing">> {
  const name = input.name.trim();
  return db.transaction(async (tx) => {
    const { count } = await tx.revision.updateMany({ where: { reportId: input.reportId, version: input.version }, data: { name } });
    if (count === 0) return refuse("missing", `版本 ${input.version} 不存在`);
    await recordEvent(tx, { action: "name_revision", actor, reportId: input.reportId, detail: `版本${input.version}命名为“${name}”` });
    return { ok: true as const, name };
  });
}

/** The names a workflow step gives the version it took, so the submitted and the sent text stay findable. */
const STEP_NAMES: Partial<Record<string, string>> = { submit: "提交审核时", send: "报送上级时" };

/**
 * Called by a workflow step inside its transaction, with the version it
 * moved: names that version's revision after the step (提交审核时), unless a
 * person already named it. Other steps name nothing.
 */
export async function nameRevisionAtStep(tx: Tx, reportId: string, version: number, transition: string): Promise<void> {
  const name = STEP_NAMES[transition];
  if (name) await tx.revision.updateMany({ where: { reportId, version, name: null }, data: { name } });
}

import "server-only";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/roles";
import { refuse } from "@/lib/server/actions/action.schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { SetUnitSettingsInput, SetUnitSettingsResult } from "./set-unit-settings.schema";

/** Writes an organization's settings (the caller has checked it is the administrator's), with its audit line. */
export async function setUnitSettings(db: Db, actor: Actor, input: SetUnitSettingsInput): Promise<SetUnitSettingsResult> {
  return db.transaction(async (tx) => {
    const { organizationId, ...data } = input;
    const { count } = await tx.organization.updateMany({ where: { id: organizationId }, data });
    if (count === 0) return refuse("missing", "单位不存在");
    const detail = `${data.kind === "department" ? "部门" : "政府"}；联系人 ${data.contactName || "—"} ${data.contactPhone || ""}；${data.parentReadsDrafts ? "允许上级提前查看" : "上级自报送起查看"}`;
    await recordEvent(tx, { action: "set_unit_settings", actor, organizationId, detail });
    return { ok: true, id: organizationId } as const;
  });
}

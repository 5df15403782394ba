import { z } from "@/lib/report/zod";
import type { ActionRefusal, ActionResult } from "@/lib/server/actions/action.schema";

/**
 * 编辑单位, as the organization's page sends it. `parentId` is absent for
 * the administrator's own organization, whose parent is above them and not
 * theirs to change.
 */
export const updateOrganizationInput = z.strictObject({
  organizationId: z.string().min(1, "请选择单位").max(64, "单位有误"),
  name: z.string().trim().min(2, "请填写单位全称").max(100, "单位全称不能超过100个字符"),
  shortName: z.string().trim().min(1, "请填写单位简称").max(40, "单位简称不能超过40个字符"),
  parentId: z.string().min(1, "请选择上级单位").max(64, "上级单位有误").optional(),
});
export type UpdateOrganizationInput = z.output<typeof updateOrganizationInput>;

export type UpdateOrganizationResult = ActionResult<Record<never, never>, ActionRefusal>;

"use server";

import { db } from "@/lib/server/db";
import { action, onOrganization } from "@/lib/server/actions/action";
import { createReport } from "@/lib/server/reports/create-report";
import { createReportInput } from "@/lib/server/reports/create-report.schema";

/** 新建年度报告: validated with the form's own schema, then started from the standard skeleton. */
export const createReportAction = action(createReportInput, onOrganization("create"), (input, actor) => createReport(db(), actor, input));

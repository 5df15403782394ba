import "server-only";
import { db } from "@/lib/server/db";
import { action, onReport } from "@/lib/server/actions/action";
import { saveReport } from "./save-report";
import { saveReportInput } from "./save-report.schema";

/**
 * The editor's autosave, as every action is (who asks, what they send,
 * whether they may, then the save: lib/server/actions/action.ts), answered
 * by the route handler app/reports/[reportId]/content/route.ts rather than
 * as a server action: it runs every few seconds for every writer, and the
 * proxy and the action protocol cost more than the save (bench/load.ts).
 */
export const autosave = action(saveReportInput, onReport("edit"), (input, actor) => saveReport(db(), actor, input));

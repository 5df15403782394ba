"use server";

import { db } from "@/lib/server/db";
import { action, onReport } from "@/lib/server/actions/action";
import { listRevisions } from "@/lib/server/reports/list-revisions";
import { listRevisionsInput } from "@/lib/server/reports/list-revisions.schema";
import { getRevision } from "@/lib/server/reports/get-revision";
import { getRevisionInput } from "@/lib/server/reports/get-revision.schema";
import { nameRevision } from "@/lib/server/reports/name-revision";
import { nameRevisionInput } from "@/lib/server/reports/name-revision.schema";
import { restoreRevision } from "@/lib/server/reports/restore-revision";
import { restoreRevisionInput } from "@/lib/server/reports/restore-revision.schema";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { submitForReviewInput } from "@/lib/server/workflow/transition-report.schema";

/*
 * The editor's server actions, handed to it by the page (its autosave is a
 * route handler: ../content/route.ts). Their inputs and results are declared
 * beside each operation (*.schema.ts), which is where the editor imports
 * them from.
 */

export const listRevisionsAction = action(listRevisionsInput, onReport("read"), async (input) => ({
  ok: true,
  revisions: await listRevisions(db(), input.reportId),
}));

export const getRevisionAction = action(getRevisionInput, onReport("read"), (input) => getRevision(db(), input));

export const restoreRevisionAction = action(restoreRevisionInput, onReport("edit"), (input, actor) => restoreRevision(db(), actor, input));

/** 命名版本 (报送版): a named revision is never folded into. */
export const nameRevisionAction = action(nameRevisionInput, onReport("edit"), (input, actor) => nameRevision(db(), actor, input));

/** 提交审核 from the editor: the workflow's submit step, after the editor has saved everything. */
export const submitForReviewAction = action(submitForReviewInput, onReport("submit"), (input, actor) =>
  transitionReport(db(), actor, { reportId: input.reportId, transition: "submit", version: input.version }),
);

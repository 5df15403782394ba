import { notFound, redirect } from "next/navigation";
import { can } from "@/lib/access/permissions";
import { requireReport } from "@/lib/server/auth/current-actor";
import { db } from "@/lib/server/db";
import { getReport } from "@/lib/server/reports/get-report";
import { ReportEditor } from "@/components/editor/ReportEditor";
import { getRevisionAction, listRevisionsAction, nameRevisionAction, restoreRevisionAction, submitForReviewAction } from "./actions";
import { commentView, listComments, openThreads } from "@/lib/server/comments/list-comments";
import { addEditorCommentAction, listEditorCommentsAction, replyCommentAction, resolveEditorCommentAction } from "./comment-actions";
import { previousYearFigures } from "@/lib/server/years/previous-year-figures";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { reviewSources } from "@/lib/server/checklist/review-sources";
import { editorSources } from "@/lib/server/collection/editor-sources";
import { EditorFigureSources } from "@/components/city/EditorFigureSources";
import { setFromUnitsAction } from "./figure-source-actions";

// Always the current version: the editor's saves are conditional on the version it starts from.
export const dynamic = "force-dynamic";

export default async function EditReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const { actor, target } = await requireReport(reportId, "read");
  // Under review or approved, or not this person's to write: the read-only page instead.
  if (!can(actor, "edit", target)) redirect(`/reports/${reportId}`);
  const sources = await editorSources(db(), actor, reportId);
  const stored = await getReport(db(), reportId);
  if (!stored) notFound();
  return (
    <>
      <EditorFigureSources {...sources} setFromUnits={setFromUnitsAction.bind(null, reportId)} />
      <ReportEditor
        reportId={stored.id}
        title={`${stored.organizationName} ${stored.year}年度报告`}
        initial={{ report: stored.report, version: stored.version, savedAt: stored.updatedAt.toISOString() }}
        storageIssues={stored.storageIssues}
        actions={{ listRevisions: listRevisionsAction, getRevision: getRevisionAction, restoreRevision: restoreRevisionAction, nameRevision: nameRevisionAction }}
        onSubmitForReview={submitForReviewAction}
        comments={openThreads(await listComments(db(), reportId, actor)).map(commentView)}
        commentActions={{ add: addEditorCommentAction, reply: replyCommentAction, resolve: resolveEditorCommentAction, list: listEditorCommentsAction }}
        previousYear={await previousYearFigures(db(), reportId)}
        customFigureDefs={await customFiguresFor(db(), stored.organizationId)}
        reviewInputs={await reviewSources(db(), actor, reportId)}
      />
    </>
  );
}

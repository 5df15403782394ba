import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { getReport } from "@/lib/server/reports/get-report";
import { requireReport } from "@/lib/server/auth/current-actor";
import { listComments } from "@/lib/server/comments/list-comments";
import { can } from "@/lib/access/permissions";
import { reportBlocks } from "@/lib/report/blocks";
import { statusLabel } from "@/lib/report/status";
import { commentableParts, commentPath } from "@/lib/report/commentable-parts";
import { TRANSITION_KEYS } from "@/lib/workflow/transitions";
import { ReportPreview } from "@/components/report/ReportPreview";
import { WorkflowPanel } from "@/components/workflow/WorkflowPanel";
import { CommentsPanel } from "@/components/workflow/CommentsPanel";
import { ExportPanel } from "@/components/report/ExportPanel";
import { parseFinal } from "@/lib/report/final-check";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { checkContextOf, reviewChecks } from "@/lib/report/review-checks";
import { reviewSources } from "@/lib/server/checklist/review-sources";
import { ReviewFindings } from "@/components/report/ReviewFindings";
import { recordReviewOpen } from "@/lib/server/workflow/record-review-open";
import { markRead } from "@/lib/server/notices/mark-read";
import { ReviewAids } from "@/components/report/ReviewAids";
import { carriedParts, partChanges } from "@/lib/report/part-changes";
import { lastYearReport, previousSubmission } from "@/lib/server/reports/review-baselines";
import { FigureSource } from "@/components/city/FigureSource";
import { addCommentAction, resolveCommentAction, transitionAction } from "./workflow-actions";
import { formatDate, formatDateTime } from "@/lib/time/format";

export const dynamic = "force-dynamic";

// China time: 公开日期 is stored as the start of the 发布日期 in Beijing.
const when = (d: Date | null) => (d ? formatDate(d) : null);

export default async function ReportPage({ params, searchParams }: { params: Promise<{ reportId: string }>; searchParams: Promise<{ figure?: string }> }) {
  const { reportId } = await params;
  const { figure } = await searchParams;
  const { actor, target } = await requireReport(reportId, "read");
  // Before the report is read: from this open on, its drafter can no longer 撤回 it. Opening it also reads its notices.
  await recordReviewOpen(db(), actor, reportId, target);
  await markRead(db(), actor.id, { reportId });
  const stored = await getReport(db(), reportId);
  if (!stored) notFound();
  const parts = commentableParts(stored.report);
  const labelOf = new Map(parts.map((p) => [p.path, p.label]));
  // Replies are read in the editor's threads; the page lists the comments themselves.
  const comments = (await listComments(db(), reportId, actor)).filter((c) => c.parentId === null).map((c) => ({
    id: c.id,
    path: c.path,
    // A comment made before parts were a list names its part's old field ("duty"): read as that part.
    partLabel: labelOf.get(commentPath(stored.report, c.path)) ?? "整篇报告",
    body: c.body,
    author: c.author,
    createdAt: formatDateTime(c.createdAt),
    resolved: c.resolvedAt !== null,
  }));
  // 撤回 is offered only while no reviewer has opened the submission (the workflow checks it again as it writes).
  const allowed = TRANSITION_KEYS.filter((t) => can(actor, t, { ...target, status: stored.status }) && (t !== "withdraw" || stored.reviewOpenedAt === null));
  // Checked on every view so that a missing character is seen long before anyone prints.
  const { checkCoverage } = await import("@/lib/pdf/index");
  const coverage = await checkCoverage(stored.report);
  // Watermarked 草稿 exactly when the download route would (custom figures included).
  const findings = reviewChecks(stored.report, checkContextOf(await reviewSources(db(), actor, reportId)));
  const definitions = await customFiguresFor(db(), stored.organizationId);
  const draft = !parseFinal(stored.report, definitions).ok;
  // What the reviewer compares with: the text at the previous 提交审核, and last year's report.
  const submitted = await previousSubmission(db(), reportId, stored.status);
  const lastYear = await lastYearReport(db(), stored.organizationId, stored.year);
  return (
    <>
      <h1>
        {stored.organizationName} {stored.year}年度报告 <span className="status">{statusLabel(stored.status)}</span>
      </h1>
      <p className="muted">
        {when(stored.sentAt) && `报送日期：${when(stored.sentAt)}　`}
        {when(stored.publishedAt) && `公开日期：${when(stored.publishedAt)}`}
        {stored.status === "published" && (
          <>
            {"　"}
            <Link href={`/gongkai/${stored.organizationId}/${stored.year}`}>公开页面</Link>
          </>
        )}
      </p>
      <p style={{ display: "flex", gap: "1rem" }}>
        {can(actor, "edit", target) ? (
          <Link className="button primary" href={`/reports/${reportId}/edit`}>
            编辑报告
          </Link>
        ) : (
          <span className="muted">{stored.status === "draft" || stored.status === "returned" ? "只读" : "报告已进入审核流程，内容只读"}</span>
        )}
      </p>
      {figure && <FigureSource report={stored.report} figureId={figure} custom={await customFiguresFor(db(), stored.organizationId)} />}
      <ExportPanel reportId={reportId} draft={draft} missing={coverage.missing} />
      <ReviewFindings findings={findings} report={stored.report} editHref={can(actor, "edit", target) ? `/reports/${reportId}/edit` : null} />
      <ReviewAids
        sinceSubmission={submitted && { at: submitted.at.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" }), changes: partChanges(submitted.report, stored.report, definitions) }}
        sinceLastYear={lastYear && { year: lastYear.year, changes: partChanges(lastYear.report, stored.report, definitions) }}
        carried={carriedParts(stored.report, definitions)}
      />
      <WorkflowPanel key={stored.status} allowed={allowed} action={transitionAction.bind(null, reportId)} parts={parts} />
      <CommentsPanel
        comments={comments}
        parts={parts}
        canComment={can(actor, "comment", target)}
        add={addCommentAction.bind(null, reportId)}
        resolve={resolveCommentAction.bind(null, reportId)}
      />
      <ReportPreview blocks={reportBlocks(stored.report)} />
    </>
  );
}

"use client";

import { useCallback, useEffect, useState } from "react";
import Link from "next/link";
import { FormProvider, useForm } from "react-hook-form";
import type { CustomFigureDef } from "@/lib/report/custom-figures";
import type { ReviewInputs } from "@/lib/report/review-checks";
import { outlineParts, partForPath } from "@/lib/report/outline";
import type { Report } from "@/lib/report/schema";
import type { ReportIssue } from "@/lib/report/zod";
import type { CommentView } from "@/lib/server/comments/add-comment.schema";
import { CommentsProvider, type CommentActions } from "./comments/CommentsProvider";
import { CommentThreads } from "./comments/CommentThreads";
import { EditorProvider, SnapshotProvider, type PreviousYear } from "./context";
import { CarriedNotice } from "./CarriedNotice";
import { PartView } from "./PartView";
import { Outline } from "./Outline";
import { usePartList } from "./part-list";
import { FindingsPanel } from "./FindingsPanel";
import { PreviewPanel, ProblemSummary, SubmitPanel, type SubmitForReview, type SubmitOutcome } from "./review-panels";
import { ReviewProvider } from "./review";
import { RevisionsPanel, type RevisionActions } from "./RevisionsPanel";
import { Saver } from "./saver";
import { saveReportRequest } from "./save-request";
import { flushProse } from "./prose/after-frame";
import { ConflictPanel, InvalidNotice, RecoveryBanner, SaveStatus } from "./status-panels";
import "./editor.css";

export interface ReportEditorProps {
  reportId: string;
  title: string;
  initial: { report: Report; version: number; savedAt: string };
  /** Problems reading the stored content (written by an incompatible version of the app). */
  storageIssues?: ReportIssue[];
  /** Open 批注 and their replies, shown beside their part (selection comments highlighted in their text). */
  comments?: readonly CommentView[];
  /** Adding, answering and resolving 批注 from the editor; without them the comments are only shown. */
  commentActions?: CommentActions;
  /** Last year's figures (catalogue and custom), shown beside each figure input. */
  previousYear?: PreviousYear | null;
  /** The custom figures that apply to the report (definitions), listed with their topics and checked like the catalogue's. */
  customFigureDefs?: readonly CustomFigureDef[];
  /** What the review checks compare the report with: last year's report, the sibling units' it may read, the parent's checklist and deadlines. */
  reviewInputs?: ReviewInputs | null;
  /** The server actions the editor reads, names and restores revisions with, handed down by the page (it saves through save-request.ts). */
  actions: RevisionActions;
  /** Called when 提交审核 finds the report complete and saved; moves it into the review workflow. */
  onSubmitForReview?: (input: SubmitForReview) => Promise<SubmitOutcome>;
}

type View = "edit" | "preview" | "revisions";

const NO_DEFINITIONS: readonly CustomFigureDef[] = [];
const NO_COMMENTS: readonly CommentView[] = [];

/**
 * The field for a path, or the nearest thing to focus: for a list its 添加
 * button ("parts.0.items"), for a whole part its first field ("parts.3",
 * a required part still empty).
 */
function findField(path: string): HTMLElement | null {
  let p = path;
  while (p) {
    const byName = document.getElementsByName(p)[0];
    if (byName) return byName;
    const byPath = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (byPath) return byPath;
    const inside = document.querySelector<HTMLElement>(`[name^="${CSS.escape(`${p}.`)}"]`);
    if (inside) return inside;
    p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "";
  }
  return null;
}

/**
 * The report editor: one react-hook-form form for the whole report. The
 * outline's entries are views of that form: only the entry shown is
 * mounted, and the form keeps the values of the others (shouldUnregister is
 * false), so moving between entries loses nothing. Nothing is validated on a
 * keystroke: the form has no resolver, every value is kept as typed and
 * autosaved, and the checks run on the snapshot taken after a pause in
 * typing (review.tsx), flagging each field concerned; only 提交审核 refuses.
 */
export function ReportEditor({
  reportId,
  title,
  initial,
  storageIssues = [],
  comments = NO_COMMENTS,
  commentActions,
  previousYear = null,
  customFigureDefs = NO_DEFINITIONS,
  reviewInputs = null,
  actions,
  onSubmitForReview,
}: ReportEditorProps) {
  const form = useForm<Report>({ defaultValues: initial.report });
  const parts = usePartList(form);
  const [saver] = useState(
    () =>
      new Saver({
        reportId,
        version: initial.version,
        savedAt: initial.savedAt,
        initial: initial.report,
        // Every keystroke in, including one whose text a prose field has not yet handed over (prose/after-frame.ts).
        getValues: () => (flushProse(), form.getValues()),
        reset: (report) => form.reset(report),
        save: saveReportRequest,
      }),
  );
  const [active, setActive] = useState("header");
  const [view, setView] = useState<View>("edit");
  const [focusTarget, setFocusTarget] = useState<{ path: string; n: number } | null>(null);

  useEffect(() => saver.start(), [saver]);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          saver.changed();
          // A text copied from last year stops being "carried over" once the drafter edits it.
          if (name) {
            const carried = form.getValues("carriedOver");
            if (carried.includes(name)) form.setValue("carriedOver", carried.filter((p) => p !== name));
          }
        },
      }),
    [form, saver],
  );

  useEffect(() => {
    performance.mark("editor-ready");
    document.documentElement.dataset.editorReady = "true";
    const save = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "s") {
        e.preventDefault();
        saver.saveNow();
      }
    };
    window.addEventListener("keydown", save);
    return () => window.removeEventListener("keydown", save);
  }, [saver]);

  useEffect(() => {
    if (!focusTarget) return;
    const el = findField(focusTarget.path);
    el?.scrollIntoView({ block: "center" });
    el?.focus();
  }, [focusTarget]);

  const goTo = useCallback(
    (path: string) => {
      const part = partForPath(outlineParts(form.getValues(), customFigureDefs), path);
      if (part) setActive(part.key);
      setView("edit");
      setFocusTarget((t) => ({ path, n: (t?.n ?? 0) + 1 }));
    },
    [form, customFigureDefs],
  );

  const [context] = useState(() => ({ saver, reportId, goTo, previousYear, customFigureDefs, reviewInputs }));
  // Parts of any kind are added in 报告结构, where the place among the others is chosen.
  const addPart = useCallback(() => goTo("parts"), [goTo]);
  const select = useCallback((key: string) => {
    setActive(key);
    setView("edit");
  }, []);
  return (
    <FormProvider {...form}>
      <EditorProvider value={{ ...context, goTo }}>
        <SnapshotProvider>
          <ReviewProvider>
            <CommentsProvider reportId={reportId} initial={comments} actions={commentActions ?? null}>
            <div className="editor">
              <header className="editor-top">
                <h1>{title}</h1>
                <SaveStatus />
                <div className="views" role="group" aria-label="视图">
                  {(
                    [
                      ["edit", "编辑"],
                      ["preview", "预览"],
                      ["revisions", "修订记录"],
                    ] as const
                  ).map(([v, label]) => (
                    <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                      {label}
                    </button>
                  ))}
                  <Link href={`/reports/${reportId}`} className="button">
                    查看
                  </Link>
                </div>
              </header>
              <RecoveryBanner />
              <ConflictPanel />
              <InvalidNotice />
              {storageIssues.length > 0 && (
                <div className="notice warn" role="alert">
                  已保存的内容有 {storageIssues.length} 处无法按当前格式读取，显示的是空白报告；保存前请联系管理员。
                </div>
              )}
              <div className="editor-body">
                <Outline active={active} onSelect={select} onAddPart={addPart} />
                <div className="editor-main">
                  <form className="part" aria-label="报告编辑" hidden={view !== "edit"} onSubmit={(e) => e.preventDefault()} noValidate>
                    <CommentThreads partKey={active} />
                    <CarriedNotice partKey={active} />
                    <PartView partKey={active} parts={parts} onSelect={select} />
                  </form>
                  {view === "preview" && <PreviewPanel />}
                  {view === "revisions" && <RevisionsPanel actions={actions} />}
                </div>
                <aside className="editor-side">
                  <SubmitPanel onSubmitForReview={onSubmitForReview} />
                  <ProblemSummary />
                  <FindingsPanel />
                </aside>
              </div>
            </div>
            </CommentsProvider>
          </ReviewProvider>
        </SnapshotProvider>
      </EditorProvider>
    </FormProvider>
  );
}
